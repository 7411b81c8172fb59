/** Every entity that has a schema document, in the reference's snake_case spelling. */
export const ENTITY_NAMES = [
  'job',
  'project',
  'equipment_family',
  'equipment_model',
  'equipment_brand',
  'sales_organization',
  'translation',
  'project_status',
  'job_type',
  'job_priority',
  'user',
  'skill',
  'company',
] as const;

/** The name of an entity, as used in file names, `$id`s and API arguments. */
export type EntityName = (typeof ENTITY_NAMES)[number];

/** The two shapes of every entity: what a client sends, and what the server returns. */
export const DIRECTIONS = ['request', 'response'] as const;

/** `request` is what a client sends in POST/PUT; `response` is what GET returns. */
export type Direction = (typeof DIRECTIONS)[number];

/** Base URI of every emitted document; a document's `$id` is this plus its file name. */
export const SCHEMA_BASE_URI = 'https://job-contracts.dev/schemas/';

/**
 * How many parents a self-embedding chain may carry below the object that starts it:
 * `_parent_job` on a job, `_parent_project` on a project, `_parent_equipment_family` on
 * an equipment family. A job with a parent that has a parent is 2 levels deep.
 */
export const MAX_PARENT_DEPTH = 5;

/**
 * How deep a value the schemas do not describe may nest: an unknown property of a response,
 * or an object of an entity that is not modelled. Validators look no deeper than this, and a
 * deeper value is an error rather than a stack overflow somewhere downstream.
 */
export const MAX_NESTING = 32;

/** The GUID the server writes where a reference is unset (it stores no NULLs). */
export const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/** The calendar date the server writes where a date is unset (it stores no NULLs). */
export const UNSET_DATE = '1980-01-01';

/** Smallest .NET `Int32`. */
export const INT32_MIN = -2_147_483_648;

/** Largest .NET `Int32`. */
export const INT32_MAX = 2_147_483_647;

/** A string matching this contains at least one character that is not white space. */
export const NON_BLANK_PATTERN = '\\S';

/** A GUID matching this has at least one non-zero digit, so it is not the nil GUID. */
export const NON_NIL_GUID_PATTERN = '[1-9A-Fa-f]';

/** The codes `job_status_code` accepts when a job is created or updated. */
export const JOB_STATUS_CODES = [
  'Canceled',
  'ToBePlanned',
  'Waiting',
  'Pooling',
  'Suggested',
  'Activated',
  'Open',
] as const;

/** The sales status codes a company can carry. */
export const COMPANY_SALES_STATUS_CODES = ['Normal', 'CreditRisk', 'BlockedbyCM', 'OrderBlocked'] as const;
