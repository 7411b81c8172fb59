// One passing and one failing case for every rule of the vocabulary, with the exact issue.

import { MAX_NESTING, MAX_PARENT_DEPTH } from '@job-contracts/schemas/runtime';
import { describe, expect, it } from 'vitest';
import { type Issue, parseJob, parseJobRequest, parseUserRequest, RULES, validate } from '../src/index.js';
import { translate } from '../src/translate.js';
import { guidOf, minimalJob } from './support/payloads.js';

function issuesOf(result: { readonly ok: boolean; readonly issues?: readonly Issue[] }): readonly Issue[] {
  return result.issues ?? [];
}

const project = { id: guidOf(2), project_status_code: 'IN-SERVICE', company_code: 'ACME' };

describe('the rule vocabulary', () => {
  it('is the documented list', () => {
    expect(RULES).toEqual([
      'required',
      'requiredGroup',
      'conditionalRequired',
      'type',
      'maxLength',
      'minLength',
      'format',
      'enum',
      'minimum',
      'maximum',
      'unknownProperty',
      'maxDepth',
      'unreadable',
    ]);
  });

  it('accepts a valid job', () => {
    expect(parseJobRequest(minimalJob())).toEqual({ ok: true, value: minimalJob() });
  });

  it('required: reports a missing property at its own path', () => {
    const { name: _, ...withoutName } = minimalJob();
    const { id: __, ...projectWithoutId } = project;

    expect(issuesOf(parseJobRequest(withoutName))).toEqual([
      { path: '/name', rule: 'required', message: 'name is required' },
    ]);
    expect(issuesOf(parseJobRequest(minimalJob({ project: projectWithoutId })))).toEqual([
      { path: '/project/id', rule: 'required', message: 'id is required' },
    ]);
  });

  it('required: rejects a blank required string and a nil required GUID', () => {
    expect(issuesOf(parseJobRequest(minimalJob({ name: ' \t ' })))).toEqual([
      { path: '/name', rule: 'required', message: 'name must not be blank' },
    ]);
    expect(
      issuesOf(
        parseJobRequest(minimalJob({ project: { ...project, id: '00000000-0000-0000-0000-000000000000' } })),
      ),
    ).toEqual([
      { path: '/project/id', rule: 'required', message: 'id must not be the nil GUID, which means "unset"' },
    ]);
  });

  it('requiredGroup: reports a missing group at the object that lacks it, naming every member', () => {
    const issues = issuesOf(parseJobRequest(minimalJob({ project_id: null })));

    expect(issues).toEqual([
      {
        path: '',
        rule: 'requiredGroup',
        message:
          'job needs one of project_id, project_reference_back_office or project; none is given (null, blank or the nil GUID does not count)',
        expected: ['project_id', 'project_reference_back_office', 'project'],
      },
    ]);
    const embedded = issuesOf(
      parseJobRequest(minimalJob({ project: { id: guidOf(2), company_code: 'ACME' } })),
    );
    expect(embedded).toMatchObject([
      {
        path: '/project',
        rule: 'requiredGroup',
        expected: ['project_status_id', 'project_status_code', 'project_status'],
      },
    ]);
  });

  it('conditionalRequired: asks a mobile installation job for its address', () => {
    const mobile = minimalJob({
      project: { ...project, is_mobile_installation: true },
      db_address_street: 'Meir 1',
      db_address_zip: ' ',
    });

    expect(issuesOf(parseJobRequest(mobile)).map(({ path, rule }) => ({ path, rule }))).toEqual([
      { path: '/db_address_city', rule: 'conditionalRequired' },
      { path: '/db_address_zip', rule: 'conditionalRequired' },
    ]);
    expect(issuesOf(parseJobRequest(mobile))[0]?.message).toBe(
      'db_address_city is required: a job on a mobile installation (embedded project with is_mobile_installation true) must carry its own street, city and postal code',
    );
    expect(parseJobRequest({ ...mobile, db_address_city: 'Antwerpen', db_address_zip: '2000' }).ok).toBe(
      true,
    );
  });

  it('type: names what was expected and what was found, null included where allowed', () => {
    expect(issuesOf(parseJobRequest(minimalJob({ estimated_time: '90' })))).toEqual([
      {
        path: '/estimated_time',
        rule: 'type',
        message: 'estimated_time must be an integer or null (got string)',
        expected: 'integer,null',
        received: 'string',
      },
    ]);
    expect(
      issuesOf(parseJobRequest(minimalJob({ project: 'INST-1', project_id: undefined }))),
    ).toContainEqual(
      expect.objectContaining({
        path: '/project',
        rule: 'type',
        message: 'project must be an object or null (got string)',
      }),
    );
    expect(issuesOf(parseJobRequest([]))).toEqual([
      {
        path: '',
        rule: 'type',
        message: 'job must be an object (got array)',
        expected: 'object',
        received: 'array',
      },
    ]);
  });

  it('maxLength: counts UTF-16 units and says how long the value was', () => {
    expect(parseJobRequest(minimalJob({ name: 'x'.repeat(255) })).ok).toBe(true);
    expect(issuesOf(parseJobRequest(minimalJob({ name: 'x'.repeat(300) })))).toEqual([
      {
        path: '/name',
        rule: 'maxLength',
        message: 'name must be at most 255 characters (got 300)',
        expected: 255,
      },
    ]);
    expect(parseJobRequest(minimalJob({ customer_reference: '😀'.repeat(25) })).ok).toBe(true);
    expect(issuesOf(parseJobRequest(minimalJob({ customer_reference: '😀'.repeat(26) })))).toMatchObject([
      { rule: 'maxLength', message: 'customer_reference must be at most 50 characters (got 52)' },
    ]);
  });

  it('minLength: is translated, though no schema uses it yet', () => {
    const error = {
      instancePath: '/name',
      schemaPath: '#/properties/name/minLength',
      keyword: 'minLength',
      params: { limit: 3 },
    };

    expect(
      translate([error], { entity: 'job', direction: 'request', data: { name: 'ab' } }, 10).issues,
    ).toEqual([
      {
        path: '/name',
        rule: 'minLength',
        message: 'name must be at least 3 characters (got 2)',
        expected: 3,
      },
    ]);
  });

  it('format: explains a date-time without offset, and accepts one with', () => {
    expect(parseJobRequest(minimalJob({ due_date: '2025-12-29T02:53:27.9206821+00:00' })).ok).toBe(true);
    expect(issuesOf(parseJobRequest(minimalJob({ due_date: '2025-12-29T02:53:27' })))).toEqual([
      {
        path: '/due_date',
        rule: 'format',
        message: 'due_date has no UTC offset: add one such as Z or +00:00',
        expected: 'date-time',
      },
    ]);
    expect(parseJob({ name: 'x', due_date: '2025-12-29T02:53:27' }).ok).toBe(true);
  });

  it('enum: lists the accepted codes', () => {
    expect(issuesOf(parseJobRequest(minimalJob({ job_status_code: 'Planned' })))).toEqual([
      {
        path: '/job_status_code',
        rule: 'enum',
        message:
          'job_status_code must be one of Canceled, ToBePlanned, Waiting, Pooling, Suggested, Activated or Open (got "Planned")',
        expected: ['Canceled', 'ToBePlanned', 'Waiting', 'Pooling', 'Suggested', 'Activated', 'Open'],
      },
    ]);
  });

  it('minimum and maximum: bound latitude, longitude and Int32', () => {
    expect(
      parseJobRequest(minimalJob({ db_address_latitude_decimal: -90, db_address_longitude_decimal: 180 })).ok,
    ).toBe(true);
    expect(
      issuesOf(
        parseJobRequest(
          minimalJob({ db_address_latitude_decimal: -90.5, db_address_longitude_decimal: 181 }),
        ),
      ),
    ).toEqual([
      {
        path: '/db_address_latitude_decimal',
        rule: 'minimum',
        message: 'db_address_latitude_decimal must be at least -90 (got -90.5)',
        expected: -90,
      },
      {
        path: '/db_address_longitude_decimal',
        rule: 'maximum',
        message: 'db_address_longitude_decimal must be at most 180 (got 181)',
        expected: 180,
      },
    ]);
    expect(issuesOf(parseJobRequest(minimalJob({ id2: 2 ** 31 })))).toMatchObject([
      { path: '/id2', rule: 'maximum' },
    ]);
  });

  it('unknownProperty: suggests the closest known name that fits the value', () => {
    const issues = issuesOf(parseJobRequest(minimalJob({ job_status: 'Open' })));

    expect(issues).toEqual([
      {
        path: '/job_status',
        rule: 'unknownProperty',
        message: 'job has no property "job_status"; did you mean "job_status_code"?',
        expected: 'job_status_code',
      },
    ]);
    expect(issuesOf(parseJobRequest(minimalJob({ job_status: guidOf(3) })))[0]?.expected).toBe(
      'job_status_id',
    );
    expect(
      issuesOf(parseJobRequest(minimalJob({ nmae_x: 1, zzzzzzzz: 1 }))).map((issue) => issue.expected),
    ).toEqual([undefined, undefined]);
    expect(parseJob({ ...minimalJob(), job_status: 'Open' }).ok).toBe(true);
  });

  it(`maxDepth: allows ${MAX_PARENT_DEPTH} parent jobs and reports one more at the job that starts the chain`, () => {
    const chain = (levels: number) => {
      let job = minimalJob();
      for (let i = 0; i < levels; i++) job = minimalJob({ _parent_job: job });
      return job;
    };

    expect(parseJobRequest(chain(MAX_PARENT_DEPTH)).ok).toBe(true);
    expect(issuesOf(parseJobRequest(chain(MAX_PARENT_DEPTH + 1)))).toEqual([
      {
        path: '',
        rule: 'maxDepth',
        message: `_parent_job nests more than ${MAX_PARENT_DEPTH} parents`,
        expected: MAX_PARENT_DEPTH,
      },
    ]);
  });

  it('maxDepth: bounds the nesting of unknown response properties', () => {
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_NESTING; i++) deep = [deep];

    expect(issuesOf(parseJob({ name: 'x', extra: deep }))).toEqual([
      {
        path: '/extra',
        rule: 'maxDepth',
        message: `extra is nested more than ${MAX_NESTING} levels deep`,
        expected: MAX_NESTING,
      },
    ]);
  });

  it('unreadable: reports a payload whose properties cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );

    expect(issuesOf(parseJobRequest(hostile))).toEqual([
      {
        path: '',
        rule: 'unreadable',
        message: 'the payload could not be checked: reading it threw an error',
      },
    ]);
  });

  it('validate() gives the same result as the entity parser', () => {
    const payload = minimalJob({ name: '' });

    expect(validate('job', 'request', payload) as unknown).toEqual(parseJobRequest(payload));
    expect(validate('user', 'request', { id: guidOf(1) }) as unknown).toEqual(
      parseUserRequest({ id: guidOf(1) }),
    );
  });
});
