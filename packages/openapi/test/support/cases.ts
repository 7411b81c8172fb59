import type { Direction, EntityName } from '@job-contracts/schemas';
import { chain, guidOf, minimalJob, minimalProject, minimalUser, nested } from './payloads.js';

/** A payload, the document to check it against, and the verdict the contract gives. */
export interface Case {
  readonly title: string;
  readonly entity: EntityName;
  readonly direction: Direction;
  readonly payload: unknown;
  readonly valid: boolean;
}

const mobileProject = minimalProject({ is_mobile_installation: true });
const address = { db_address_street: 'Dampoort 1', db_address_city: 'Gent', db_address_zip: '9000' };
const parentJob = (level: number): Record<string, unknown> => minimalJob({ name: `Job at level ${level}` });
const parentFamily = (level: number): Record<string, unknown> => ({
  id: guidOf(100 + level),
  name: `Family ${level}`,
});

function jobRequest(title: string, payload: unknown, valid: boolean): Case {
  return { title, entity: 'job', direction: 'request', payload, valid };
}

function jobResponse(title: string, payload: unknown, valid: boolean): Case {
  return { title, entity: 'job', direction: 'response', payload, valid };
}

function without(payload: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !names.includes(name)));
}

/** Hand-made payloads covering each rule, for the job and a few other entities. */
export const CASES: readonly Case[] = [
  jobRequest('minimal job', minimalJob(), true),
  jobRequest('missing name', without(minimalJob(), 'name'), false),
  jobRequest('blank name', minimalJob({ name: '   ' }), false),
  jobRequest('name of 255 units', minimalJob({ name: 'x'.repeat(255) }), true),
  jobRequest('name of 256 units', minimalJob({ name: 'x'.repeat(256) }), false),
  jobRequest('no member of the project group', without(minimalJob(), 'project_id'), false),
  jobRequest(
    'only the nil GUID for the project',
    minimalJob({ project_id: '00000000-0000-0000-0000-000000000000' }),
    false,
  ),
  jobRequest(
    'a blank project reference only',
    minimalJob({ project_id: null, project_reference_back_office: ' ' }),
    false,
  ),
  jobRequest(
    'project by reference, id null',
    minimalJob({ project_id: null, project_reference_back_office: 'P-1' }),
    true,
  ),
  jobRequest('project embedded only', minimalJob({ project_id: undefined, project: minimalProject() }), true),
  jobRequest('no member of the job status group', without(minimalJob(), 'job_status_code'), false),
  jobRequest('job status code not accepted', minimalJob({ job_status_code: 'Closed' }), false),
  jobRequest(
    'job status by id, code null',
    minimalJob({ job_status_code: null, job_status_id: guidOf(9) }),
    true,
  ),
  jobRequest('unknown property', minimalJob({ job_status: 'Open' }), false),
  jobRequest('date-time without offset', minimalJob({ due_date: '2026-03-20T17:00:00' }), false),
  jobRequest('date-time with offset', minimalJob({ due_date: '2026-03-20T17:00:00+01:00' }), true),
  jobRequest(
    'date-time on a day that does not exist',
    minimalJob({ due_date: '2026-02-30T10:00:00Z' }),
    false,
  ),
  jobRequest('customer reference of 50 units', minimalJob({ customer_reference: 'x'.repeat(50) }), true),
  jobRequest('customer reference of 51 units', minimalJob({ customer_reference: 'x'.repeat(51) }), false),
  jobRequest('25 emoji are 50 UTF-16 units', minimalJob({ customer_reference: '😀'.repeat(25) }), true),
  jobRequest('26 emoji are 52 UTF-16 units', minimalJob({ customer_reference: '😀'.repeat(26) }), false),
  jobRequest('latitude -90', minimalJob({ db_address_latitude_decimal: -90 }), true),
  jobRequest('latitude 91', minimalJob({ db_address_latitude_decimal: 91 }), false),
  jobRequest('longitude 180.5', minimalJob({ db_address_longitude_decimal: 180.5 }), false),
  jobRequest('estimated time beyond Int32', minimalJob({ estimated_time: 3_000_000_000 }), false),
  jobRequest('estimated time not an integer', minimalJob({ estimated_time: 1.5 }), false),
  jobRequest('working sequence as a string', minimalJob({ working_sequence: '3' }), false),
  jobRequest('id not a GUID', minimalJob({ id: 'job-1' }), false),
  jobRequest('e-mail address without a domain', minimalJob({ db_address_email: 'someone@' }), false),
  jobRequest('read-only property sent (the server ignores it)', minimalJob({ company_id: guidOf(5) }), true),
  jobRequest('mobile installation without address', minimalJob({ project: mobileProject }), false),
  jobRequest(
    'mobile installation with a blank city',
    minimalJob({ project: mobileProject, ...address, db_address_city: ' ' }),
    false,
  ),
  jobRequest(
    'mobile installation with its address',
    minimalJob({ project: mobileProject, ...address }),
    true,
  ),
  jobRequest('fixed installation without address', minimalJob({ project: minimalProject() }), true),
  jobRequest(
    'embedded project with an unknown property',
    minimalJob({ project: minimalProject({ size: 3 }) }),
    false,
  ),
  jobRequest(
    'embedded project without a company',
    minimalJob({ project: without(minimalProject(), 'company_code') }),
    false,
  ),
  jobRequest('parent job null', minimalJob({ _parent_job: null }), true),
  jobRequest('parent job without a name', minimalJob({ _parent_job: without(minimalJob(), 'name') }), false),
  jobRequest('5-level _parent_job chain', chain('_parent_job', 5, parentJob), true),
  jobRequest('6-level _parent_job chain', chain('_parent_job', 6, parentJob), false),
  jobRequest('an array', [minimalJob()], false),
  jobRequest('null', null, false),

  jobResponse('minimal job', { name: 'Replace circulation pump' }, true),
  jobResponse('missing name', { project_id: guidOf(1) }, false),
  jobResponse('unknown property', { name: 'x', job_status: 'Open' }, true),
  jobResponse('unknown property nested 32 levels', { name: 'x', extra: nested(32) }, true),
  jobResponse('unknown property nested 33 levels', { name: 'x', extra: nested(33) }, false),
  jobResponse('date-time without offset', { name: 'x', due_date: '2026-03-20T17:00:00' }, true),
  jobResponse('status code the request would refuse', { name: 'x', job_status_code: 'Closed' }, true),
  jobResponse('nil GUID', { name: 'x', project_id: '00000000-0000-0000-0000-000000000000' }, true),
  jobResponse('latitude 91', { name: 'x', db_address_latitude_decimal: 91 }, false),
  jobResponse(
    '5-level _parent_job chain',
    chain('_parent_job', 5, (level) => ({ name: `${level}` })),
    true,
  ),
  jobResponse(
    '6-level _parent_job chain',
    chain('_parent_job', 6, (level) => ({ name: `${level}` })),
    false,
  ),

  {
    title: 'minimal project',
    entity: 'project',
    direction: 'request',
    payload: minimalProject(),
    valid: true,
  },
  {
    title: 'project without id',
    entity: 'project',
    direction: 'request',
    payload: without(minimalProject(), 'id'),
    valid: false,
  },
  {
    title: 'project with the nil GUID as id',
    entity: 'project',
    direction: 'request',
    payload: minimalProject({ id: '00000000-0000-0000-0000-000000000000' }),
    valid: false,
  },
  {
    title: 'project without a status',
    entity: 'project',
    direction: 'request',
    payload: without(minimalProject(), 'project_status_code'),
    valid: false,
  },
  {
    title: 'project with mobile installation as a string',
    entity: 'project',
    direction: 'request',
    payload: minimalProject({ is_mobile_installation: 'yes' }),
    valid: false,
  },
  {
    title: '6-level _parent_project chain',
    entity: 'project',
    direction: 'request',
    payload: chain('_parent_project', 6, (level) => minimalProject({ id: guidOf(200 + level) })),
    valid: false,
  },
  {
    title: 'project without groups',
    entity: 'project',
    direction: 'response',
    payload: { id: guidOf(2) },
    valid: true,
  },

  { title: 'minimal user', entity: 'user', direction: 'request', payload: minimalUser(), valid: true },
  {
    title: 'sensitive field too long',
    entity: 'user',
    direction: 'request',
    payload: minimalUser({ bankaccount: '1'.repeat(51) }),
    valid: false,
  },
  {
    title: 'bad private e-mail address',
    entity: 'user',
    direction: 'request',
    payload: minimalUser({ private_email: 'not an address' }),
    valid: false,
  },
  {
    title: 'user without a sales organization',
    entity: 'user',
    direction: 'request',
    payload: without(minimalUser(), 'sales_organization_code'),
    valid: false,
  },
  {
    title: 'birthdate without offset, request',
    entity: 'user',
    direction: 'request',
    payload: minimalUser({ birthdate: '1980-05-04T00:00:00' }),
    valid: false,
  },
  {
    title: 'birthdate without offset, response',
    entity: 'user',
    direction: 'response',
    payload: { id: guidOf(3), username: 'jdoe', lastname: 'Doe', birthdate: '1980-05-04T00:00:00' },
    valid: true,
  },

  {
    title: 'sales territory nested 32 levels',
    entity: 'company',
    direction: 'request',
    payload: { id: guidOf(4), name: 'ACME', sales_territory: nested(32) },
    valid: true,
  },
  {
    title: 'sales territory nested 33 levels',
    entity: 'company',
    direction: 'request',
    payload: { id: guidOf(4), name: 'ACME', sales_territory: nested(33) },
    valid: false,
  },
  {
    title: 'unknown sales status code',
    entity: 'company',
    direction: 'request',
    payload: { id: guidOf(4), name: 'ACME', company_sales_status_code: 'Bogus' },
    valid: false,
  },
  {
    title: 'model with translations',
    entity: 'equipment_model',
    direction: 'request',
    payload: {
      name: 'M-1',
      translations: [{ field_name: 'name', language_code: 'nl', value_translated: 'M-1' }],
    },
    valid: true,
  },
  {
    title: 'translation without language',
    entity: 'equipment_model',
    direction: 'request',
    payload: { name: 'M-1', translations: [{ field_name: 'name' }] },
    valid: false,
  },
  {
    title: 'translations not a list',
    entity: 'equipment_model',
    direction: 'request',
    payload: { name: 'M-1', translations: { field_name: 'name', language_code: 'nl' } },
    valid: false,
  },
  {
    title: '5-level _parent_equipment_family chain',
    entity: 'equipment_family',
    direction: 'request',
    payload: chain('_parent_equipment_family', 5, parentFamily),
    valid: true,
  },
  {
    title: '6-level _parent_equipment_family chain',
    entity: 'equipment_family',
    direction: 'response',
    payload: chain('_parent_equipment_family', 6, parentFamily),
    valid: false,
  },
];
