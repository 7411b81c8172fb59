// The documented facts of ../shared/reference/entities.md, transcribed by hand, checked
// against the emitted documents. Where this table and the schemas disagree, one of them is
// wrong: the decisions in schemas/README.md say which limits are ours rather than the docs'.
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, type EntityName, JOB_STATUS_CODES } from '../src/index.js';
import { committedDocuments } from './support/ajv.js';

interface Facts {
  readonly required: readonly string[];
  readonly maxLength: Readonly<Record<string, number>>;
}

const documented: Record<EntityName, Facts> = {
  job: {
    required: ['name'],
    maxLength: {
      reference_back_office: 50,
      name: 255,
      description: 4000,
      customer_reference: 50,
      db_address_name: 100,
      db_address_street: 50,
      db_address_street2: 50,
      db_address_street_number: 50,
      db_address_city: 50,
      db_address_zip: 50,
      db_address_phone: 50,
      db_address_email: 250,
      estimated_quantity_remark: 4000,
    },
  },
  project: { required: ['id'], maxLength: {} },
  equipment_family: { required: ['id', 'name'], maxLength: { name: 50, description: 4000, code: 50 } },
  equipment_model: { required: ['name'], maxLength: { code: 50, name: 50 } },
  equipment_brand: { required: ['name'], maxLength: { name: 50, code: 50 } },
  sales_organization: {
    required: ['id', 'name'],
    maxLength: {
      code: 50,
      name: 50,
      description: 255,
      accountancy_code: 50,
      default_unit_of_measure_system_type: 50,
      street: 50,
      street2: 50,
      street_number: 50,
      zip: 50,
      city: 50,
      email: 250,
      phone: 50,
      fax: 50,
      url: 50,
      vat_reg_code: 50,
    },
  },
  translation: { required: [], maxLength: {} },
  project_status: { required: ['name', 'is_closed'], maxLength: { name: 50, code: 255 } },
  job_type: { required: ['name'], maxLength: { name: 50, description: 4000, code: 50 } },
  job_priority: { required: ['name'], maxLength: { name: 50, code: 255 } },
  user: {
    required: ['id', 'username', 'lastname'],
    maxLength: {
      username: 255,
      firstname: 255,
      lastname: 255,
      code: 50,
      emergency_contact: 64,
      bankaccount: 50,
      social_security: 50,
      place_of_birth: 255,
      nationality: 255,
      functions: 255,
      skype: 50,
    },
  },
  skill: { required: [], maxLength: {} },
  company: { required: ['id', 'name'], maxLength: { name: 64, vat_reg_code: 50 } },
};

// Required fields the reference does not flag, added by a recorded decision.
const decidedRequired: Partial<Record<EntityName, readonly string[]>> = {
  translation: ['field_name', 'language_code'],
  skill: ['name'],
};

const documentOf = (entity: EntityName, direction: string) => {
  const document = committedDocuments.get(`${entity}.${direction}.json`);
  if (document === undefined) {
    throw new Error(`missing ${entity}.${direction}.json`);
  }
  return document as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
    allOf?: unknown[];
  };
};

describe.each(Object.entries(documented) as [EntityName, Facts][])('%s', (entity, facts) => {
  for (const direction of DIRECTIONS) {
    it(`requires exactly the documented fields in a ${direction}`, () => {
      const expected = [...facts.required, ...(decidedRequired[entity] ?? [])].sort();

      expect([...(documentOf(entity, direction).required ?? [])].sort()).toEqual(expected);
    });

    it(`keeps the documented max lengths in a ${direction}`, () => {
      const { properties } = documentOf(entity, direction);
      const actual = Object.fromEntries(
        Object.keys(facts.maxLength).map((name) => [name, properties[name]?.maxLength]),
      );

      expect(actual).toEqual(facts.maxLength);
    });
  }
});

describe('job', () => {
  it('accepts exactly the documented status codes in a request', () => {
    const { properties } = documentOf('job', 'request');

    expect(properties.job_status_code?.enum).toEqual([...JOB_STATUS_CODES, null]);
    expect(JOB_STATUS_CODES).toEqual([
      'Canceled',
      'ToBePlanned',
      'Waiting',
      'Pooling',
      'Suggested',
      'Activated',
      'Open',
    ]);
  });

  it('has every field of the documented job table', () => {
    const table = `id _parent_id _parent_job _parent_jobs_reference_back_office project_id
      project_reference_back_office project job_type_id job_type_code job_type job_priority_id
      job_priority_code job_priority job_status_id job_status_code db_address_id contact_id
      requested_by_company_id requested_by_contact_id reference_back_office name description
      working_sequence internal_memo prejob_information estimated_time earliest_date_plannable
      due_date date_create date_update date_closed suggested_user_id suggested_user_code
      suggested_user suggested_date_start skill_id skill_code skill customer_reference
      approval_responsible_user_id date_reported_by_company id2 company_id company_code
      db_address_name db_address_street db_address_street2 db_address_street_number
      db_address_city db_address_zip db_address_db_country_id db_address_db_country_code
      db_address_phone db_address_email db_address_latitude_decimal db_address_longitude_decimal
      estimated_quantity_remark modified_dateutc`.split(/\s+/);

    expect(Object.keys(documentOf('job', 'request').properties).sort()).toEqual(table.sort());
  });
});
