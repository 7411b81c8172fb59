import { describe, expect, it } from 'vitest';
import { type EntityName, entities, MAX_NESTING, MAX_PARENT_DEPTH, NIL_GUID } from '../src/index.js';
import { accepts, check, failures } from './support/ajv.js';
import { chain, fieldOf, guidOf, minimal, withChanges } from './support/payloads.js';

/** A value that counts as given for a member of a group, by the member's kind. */
function givenValue(entity: EntityName, member: string): unknown {
  const field = fieldOf(entity, member);
  switch (field?.kind) {
    case 'guid':
      return guidOf(40);
    case 'embed':
      return minimal[field.embeds ?? entity];
    case 'code':
      return field.values?.[0];
    default:
      return 'CODE-1';
  }
}

const grouped = (['job', 'project', 'user'] as const).flatMap((entity) =>
  entities[entity].groups.map((group) => ({ entity, group })),
);

describe('at least one of', () => {
  it('covers the documented groups', () => {
    expect(grouped.map(({ entity, group }) => `${entity}.${group.name}`)).toEqual([
      'job.project',
      'job.job_type',
      'job.job_status',
      'project.project_status',
      'project.company',
      'user.sales_organization',
    ]);
  });

  for (const { entity, group } of grouped) {
    const without = Object.fromEntries(group.members.map((member) => [member, undefined]));

    describe(`${entity}.${group.name}`, () => {
      it('rejects a request with no member, at the object that lacks it', () => {
        const errors = check(entity, 'request', withChanges(entity, without));

        expect(errors).toContainEqual(
          expect.objectContaining({
            instancePath: '',
            keyword: 'anyOf',
            schemaPath: expect.stringMatching(/^#\/allOf\/\d+\/anyOf$/),
          }),
        );
      });

      for (const member of group.members) {
        it(`is satisfied by ${member} alone`, () => {
          const payload = withChanges(entity, { ...without, [member]: givenValue(entity, member) });

          expect(failures(entity, 'request', payload)).toEqual([]);
        });
      }

      it('does not count null, blank strings or the nil GUID', () => {
        for (const member of group.members) {
          const kind = fieldOf(entity, member)?.kind;
          const empties = kind === 'guid' ? [null, NIL_GUID] : kind === 'embed' ? [null] : [null, '', '  '];
          for (const empty of empties) {
            expect(accepts(entity, 'request', withChanges(entity, { ...without, [member]: empty }))).toBe(
              false,
            );
          }
        }
      });

      it('is not enforced on responses, where the server has resolved the reference', () => {
        expect(accepts(entity, 'response', withChanges(entity, without))).toBe(true);
      });
    });
  }
});

describe('mobile installation address', () => {
  const mobileProject = { ...minimal.project, is_mobile_installation: true };
  const address = { db_address_street: 'Meir 1', db_address_city: 'Antwerpen', db_address_zip: '2000' };

  it('requires street, city and postal code when the embedded project is mobile', () => {
    const payload = withChanges('job', { project: mobileProject });

    expect(failures('job', 'request', payload)).toEqual(
      expect.arrayContaining([
        { path: '', keyword: 'required' },
        { path: '', keyword: 'if' },
      ]),
    );
    const missing = check('job', 'request', payload)
      .filter((error) => error.keyword === 'required')
      .map((error) => error.params.missingProperty);
    expect(missing.sort()).toEqual(['db_address_city', 'db_address_street', 'db_address_zip']);
  });

  it('accepts a mobile project with the address', () => {
    expect(failures('job', 'request', withChanges('job', { project: mobileProject, ...address }))).toEqual(
      [],
    );
  });

  it('rejects each address field missing, null or blank on its own', () => {
    for (const field of Object.keys(address)) {
      for (const empty of [undefined, null, ' ']) {
        const payload = withChanges('job', { project: mobileProject, ...address, [field]: empty });
        expect(accepts('job', 'request', payload)).toBe(false);
      }
    }
  });

  it('does not apply when the project is not mobile, is referenced by id, or is null', () => {
    for (const changes of [
      { project: { ...mobileProject, is_mobile_installation: false } },
      { project: minimal.project },
      { project_id: guidOf(9) },
      { project: null },
    ]) {
      expect(failures('job', 'request', withChanges('job', changes))).toEqual([]);
    }
  });

  it('is not enforced on responses', () => {
    expect(accepts('job', 'response', withChanges('job', { project: mobileProject }))).toBe(true);
  });
});

describe('parent chains', () => {
  const chains = [
    ['job', '_parent_job'],
    ['project', '_parent_project'],
    ['equipment_family', '_parent_equipment_family'],
  ] as const;

  for (const [entity, property] of chains) {
    for (const direction of ['request', 'response'] as const) {
      it(`allows ${MAX_PARENT_DEPTH} levels of ${entity}.${property} in a ${direction} and rejects ${MAX_PARENT_DEPTH + 1}`, () => {
        expect(failures(entity, direction, chain(entity, property, MAX_PARENT_DEPTH))).toEqual([]);
        expect(failures(entity, direction, chain(entity, property, MAX_PARENT_DEPTH + 1))).toContainEqual({
          path: '',
          keyword: 'x-max-depth',
        });
      });
    }

    it(`names ${property} as the only self-embedding property of ${entity}`, () => {
      expect(entities[entity].parentProperty).toBe(property);
    });
  }

  it('validates the embedded parent as a whole job', () => {
    const payload = withChanges('job', { _parent_job: { ...minimal.job, name: '' } });

    expect(failures('job', 'request', payload)).toContainEqual({
      path: '/_parent_job/name',
      keyword: 'pattern',
    });
  });
});

describe('embedded entities', () => {
  it('validates each embedded entity against its own request document', () => {
    const payload = withChanges('job', {
      project: { ...minimal.project, equipment_model: { name: 'x'.repeat(51) } },
    });

    expect(failures('job', 'request', payload)).toContainEqual({
      path: '/project/equipment_model/name',
      keyword: 'maxLength',
    });
  });

  it('reports a missing required property of an embedded entity at that entity', () => {
    const payload = withChanges('job', { job_type: {} });

    expect(check('job', 'request', payload)).toContainEqual(
      expect.objectContaining({
        instancePath: '/job_type',
        keyword: 'required',
        params: { missingProperty: 'name' },
      }),
    );
  });

  it('checks each translation of an equipment model', () => {
    const translations = [
      { field_name: 'name', language_code: 'nl', value_translated: 'Ketel' },
      { field_name: 'name' },
    ];
    const payload = withChanges('equipment_model', { translations });

    expect(failures('equipment_model', 'request', payload)).toEqual([
      { path: '/translations/1', keyword: 'required' },
    ]);
  });

  it('accepts any object for the parts of a company that are not modelled', () => {
    expect(
      accepts('company', 'request', withChanges('company', { sales_territory: { code: 'NORTH', x: 1 } })),
    ).toBe(true);
    expect(accepts('company', 'request', withChanges('company', { sales_territory: 'NORTH' }))).toBe(false);
  });
});

describe('read-only and sensitive marks', () => {
  const readOnly = (entity: EntityName) =>
    Object.entries(entities[entity].fields)
      .filter(([, field]) => field.readOnly)
      .map(([name]) => name);

  it('marks the system and derived fields read-only', () => {
    expect(readOnly('job')).toEqual(['date_closed', 'company_id', 'company_code', 'modified_dateutc']);
    expect(readOnly('project')).toEqual([
      'root_parent_id',
      'nb_open_jobs',
      'date_next_job',
      'date_last_job',
      'nb_jobs_planned',
      'nb_jobs_tobeplanned',
      'nb_jobs_waitingfurtheraction',
      'modified_dateutc',
    ]);
  });

  it('lets a request carry read-only fields, which the server ignores', () => {
    const payload = withChanges('job', {
      modified_dateutc: '2025-12-29T02:53:27.9206821+00:00',
      company_id: guidOf(3),
      date_closed: '2025-12-29T02:53:27+00:00',
    });

    expect(failures('job', 'request', payload)).toEqual([]);
  });

  it("marks a user's HR and private contact data sensitive", () => {
    const sensitive = Object.entries(entities.user.fields)
      .filter(([, field]) => field.sensitive)
      .map(([name]) => name);

    expect(sensitive).toEqual(
      expect.arrayContaining([
        'bankaccount',
        'social_security',
        'birthdate',
        'emergency_contact',
        'private_email',
      ]),
    );
    expect(sensitive.filter((name) => !name.startsWith('private_'))).toEqual([
      'emergency_contact',
      'bankaccount',
      'social_security',
      'place_of_birth',
      'nationality',
      'birthdate',
    ]);
    expect(sensitive).toContain('private_db_country_code');
    expect(sensitive).not.toContain('email');
  });
});

describe('undescribed values', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { inner: value };
    return value;
  };

  it(`accepts an unknown response property nested ${MAX_NESTING} levels and rejects one more`, () => {
    expect(accepts('job', 'response', withChanges('job', { extra: nested(MAX_NESTING) }))).toBe(true);
    expect(
      failures('job', 'response', withChanges('job', { extra: nested(MAX_NESTING + 1) })),
    ).toContainEqual({
      path: '/extra',
      keyword: 'x-max-nesting',
    });
  });

  it('bounds the depth of an object of an entity that is not modelled', () => {
    const payload = withChanges('company', { marketing_segment: { tree: nested(MAX_NESTING) } });

    expect(failures('company', 'request', payload)).toContainEqual({
      path: '/marketing_segment',
      keyword: 'x-max-nesting',
    });
  });

  it('measures a 100 000-level value without overflowing the stack', () => {
    expect(accepts('job', 'response', withChanges('job', { extra: nested(100_000) }))).toBe(false);
  });
});
