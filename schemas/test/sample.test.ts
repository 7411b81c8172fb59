// The sample body of the POST api/Jobs documentation page is a shape example with
// placeholder values. A payload of the same shape with real values must pass; the sample's
// placeholders that break a rule must be rejected, each for its own reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EntityName, entities } from '../src/index.js';
import { leafFailures } from './support/ajv.js';

const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/payloads/${name}`, import.meta.url), 'utf8'));

const sample = load('job.doc-sample.json');
const full = load('job.full.json');

/** Every `entity.property` that occurs in `value`, read as a `entity` request. */
function propertiesUsed(entity: EntityName, value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null) {
    return found;
  }
  const fields = entities[entity].fields as Record<string, { kind: string; embeds?: EntityName }>;
  for (const [name, item] of Object.entries(value)) {
    found.add(`${entity}.${name}`);
    const field = fields[name];
    const target = field?.kind === 'parent' ? entity : field?.embeds;
    if (target !== undefined && field?.kind !== 'opaque') {
      for (const element of Array.isArray(item) ? item : [item]) {
        propertiesUsed(target, element, found);
      }
    }
  }
  return found;
}

describe('the documented sample body', () => {
  it('has the same top-level fields as the realistic payload', () => {
    const missingFromFull = Object.keys(sample).filter((key) => !(key in full));

    expect(missingFromFull).toEqual([]);
  });

  it('passes with realistic values in every field of every embedded entity', () => {
    expect(leafFailures('job', 'request', full)).toEqual([]);
  });

  it('is a realistic payload that sets every property of every entity at least once', () => {
    const used = propertiesUsed('job', full);
    const reachable = Object.values(entities).flatMap((entity) =>
      Object.keys(entity.fields).map((name) => `${entity.name}.${name}`),
    );

    expect(reachable.filter((property) => !used.has(property))).toEqual([]);
  });

  it('is rejected for its placeholders that break a rule, and only for those', () => {
    const salesOrganizations = [
      '/project/equipment_family/sales_organization',
      '/project/equipment_model/equipment_brand/sales_organization',
      '/project/equipment_model/equipment_family/sales_organization',
      '/project/equipment_model/sales_organization',
      '/project/project_status/sales_organization',
      '/job_priority/sales_organization',
      '/suggested_user/sales_organization',
      '/skill/sales_organization',
    ];
    const expected = [
      // "sample string 11" is not a job status code.
      { path: '/job_status_code', keyword: 'enum' },
      // "sample string 16", "sample string 22", ... are not e-mail addresses.
      ...salesOrganizations.map((path) => ({ path: `${path}/email`, keyword: 'format' })),
      { path: '/suggested_user/email', keyword: 'format' },
      { path: '/suggested_user/private_email', keyword: 'format' },
      { path: '/db_address_email', keyword: 'format' },
    ];

    const sortKey = (failure: { path: string; keyword: string }) => `${failure.path} ${failure.keyword}`;
    const actual = leafFailures('job', 'request', sample).sort((a, b) =>
      sortKey(a).localeCompare(sortKey(b)),
    );

    expect(actual).toEqual(expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
  });

  it('passes once those placeholders are replaced', () => {
    const fixed = JSON.parse(
      JSON.stringify(sample).replace(
        /"(email|private_email|db_address_email)":"sample string \d+"/g,
        '"$1":"x@example.com"',
      ),
    );
    fixed.job_status_code = 'Open';

    expect(leafFailures('job', 'request', fixed)).toEqual([]);
  });

  it('is an acceptable response as it stands, since responses do not check e-mail form or status codes', () => {
    expect(leafFailures('job', 'response', sample)).toEqual([]);
  });
});
