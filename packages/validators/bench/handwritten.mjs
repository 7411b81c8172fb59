// A hand-written validator for a job request and everything it embeds: the practical upper
// bound for the benchmark. Written from the documents' rules (schemas/README.md, "The rules,
// where they live"), not generated from them: every entity is a plain function of plain
// checks, with the same format functions as the package. Returns a boolean, nothing else.
//
// It reads properties with `data.name`, which is exact for what JSON.parse produces (own,
// enumerable, no accessors); the package also guards against odd prototypes.
import {
  formats,
  INT32_MAX,
  INT32_MIN,
  JOB_STATUS_CODES,
  MAX_NESTING,
  MAX_PARENT_DEPTH,
  nestingDepth,
  parentDepth,
} from '@job-contracts/schemas/runtime';

const isGuid = formats.uuid.validate;
const isDateTime = formats['date-time'].validate;
const isEmail = formats.email.validate;
const NON_BLANK = /\S/;
const NON_NIL_GUID = /[1-9A-Fa-f]/;
const JOB_STATUS = new Set(JOB_STATUS_CODES);
const COMPANY_SALES_STATUS = new Set(['Normal', 'CreditRisk', 'BlockedbyCM', 'OrderBlocked']);

// ---- one value -------------------------------------------------------------------------------
// `v == null` is "absent or null": every optional property of a request accepts both.

// Only own properties count, as in the package (AJV's ownProperties). A hand-writer gets that
// cheaply: accept only plain objects (what JSON.parse makes), so reading `d.x` reaches no
// inherited value as long as Object.prototype itself is not polluted (the package does not
// need that assumption: it checks every property it reads).
const isPlain = (v) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && isPlain(v);
const optString = (v) => v == null || typeof v === 'string';
const optText = (v, max) => v == null || (typeof v === 'string' && v.length <= max);
const optGuid = (v) => v == null || (typeof v === 'string' && isGuid(v));
const optDateTime = (v) => v == null || (typeof v === 'string' && isDateTime(v));
const optEmail = (v) => v == null || (typeof v === 'string' && isEmail(v));
const optEmailMax = (v, max) => v == null || (typeof v === 'string' && v.length <= max && isEmail(v));
const optBoolean = (v) => v == null || typeof v === 'boolean';
const optInt32 = (v) =>
  v == null || (typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX);
const optRange = (v, min, max) =>
  v == null || (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);
const optLoose = (v) => v == null || (isObject(v) && nestingDepth(v, MAX_NESTING) <= MAX_NESTING);
/** A required string: present, not blank, at most `max` UTF-16 code units. */
const requiredText = (v, max) => typeof v === 'string' && v.length <= max && NON_BLANK.test(v);
/** A required GUID: present, well formed, not the nil GUID. */
const requiredGuid = (v) => typeof v === 'string' && isGuid(v) && NON_NIL_GUID.test(v);
/** "Given" in an at-least-one-of group: a non-nil GUID, a non-blank code, an object. */
const givenGuid = (v) => typeof v === 'string' && NON_NIL_GUID.test(v);
const givenText = (v) => typeof v === 'string' && NON_BLANK.test(v);

function onlyKeys(data, keys) {
  for (const key in data) {
    if (!keys.has(key)) {
      return false;
    }
  }
  return true;
}

// ---- entities ----------------------------------------------------------------------------------

const SALES_ORGANIZATION_KEYS = new Set([
  'id',
  'code',
  'name',
  'description',
  'db_country_id',
  'db_currency_id',
  'db_language_id',
  'accountancy_code',
  'archived',
  'default_unit_of_measure_system_type',
  'street',
  'street2',
  'street_number',
  'zip',
  'city',
  'email',
  'phone',
  'fax',
  'url',
  'vat_reg_code',
  'modified_dateutc',
]);

function salesOrganization(d) {
  return (
    isObject(d) &&
    onlyKeys(d, SALES_ORGANIZATION_KEYS) &&
    requiredGuid(d.id) &&
    optText(d.code, 50) &&
    requiredText(d.name, 50) &&
    optText(d.description, 255) &&
    optGuid(d.db_country_id) &&
    optGuid(d.db_currency_id) &&
    optGuid(d.db_language_id) &&
    optText(d.accountancy_code, 50) &&
    optBoolean(d.archived) &&
    optText(d.default_unit_of_measure_system_type, 50) &&
    optText(d.street, 50) &&
    optText(d.street2, 50) &&
    optText(d.street_number, 50) &&
    optText(d.zip, 50) &&
    optText(d.city, 50) &&
    optEmailMax(d.email, 250) &&
    optText(d.phone, 50) &&
    optText(d.fax, 50) &&
    optText(d.url, 50) &&
    optText(d.vat_reg_code, 50) &&
    optDateTime(d.modified_dateutc)
  );
}

/** `sales_organization_id`, `sales_organization_code` (≤ 50), `sales_organization`. */
const salesOrganizationTriad = (d) =>
  optGuid(d.sales_organization_id) &&
  optText(d.sales_organization_code, 50) &&
  (d.sales_organization == null || salesOrganization(d.sales_organization));

const TRANSLATION_KEYS = new Set(['field_name', 'language_code', 'value_translated']);

function translation(d) {
  return (
    isObject(d) &&
    onlyKeys(d, TRANSLATION_KEYS) &&
    givenText(d.field_name) &&
    givenText(d.language_code) &&
    optString(d.value_translated)
  );
}

function translations(v) {
  if (v == null) {
    return true;
  }
  if (!Array.isArray(v)) {
    return false;
  }
  for (let i = 0; i < v.length; i++) {
    if (!translation(v[i])) {
      return false;
    }
  }
  return true;
}

const EQUIPMENT_BRAND_KEYS = new Set([
  'id',
  'name',
  'code',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'modified_dateutc',
]);

function equipmentBrand(d) {
  return (
    isObject(d) &&
    onlyKeys(d, EQUIPMENT_BRAND_KEYS) &&
    optGuid(d.id) &&
    requiredText(d.name, 50) &&
    optText(d.code, 50) &&
    salesOrganizationTriad(d) &&
    optDateTime(d.modified_dateutc)
  );
}

const EQUIPMENT_FAMILY_KEYS = new Set([
  'id',
  'name',
  'code',
  'description',
  '_parent_id',
  '_parent_code',
  '_parent_equipment_family',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'modified_dateutc',
]);

function equipmentFamily(d) {
  return (
    isObject(d) &&
    parentDepth(d, '_parent_equipment_family', MAX_PARENT_DEPTH) <= MAX_PARENT_DEPTH &&
    onlyKeys(d, EQUIPMENT_FAMILY_KEYS) &&
    requiredGuid(d.id) &&
    requiredText(d.name, 50) &&
    optText(d.code, 50) &&
    optText(d.description, 4000) &&
    optGuid(d._parent_id) &&
    optText(d._parent_code, 50) &&
    (d._parent_equipment_family == null || equipmentFamily(d._parent_equipment_family)) &&
    salesOrganizationTriad(d) &&
    optDateTime(d.modified_dateutc)
  );
}

const EQUIPMENT_MODEL_KEYS = new Set([
  'id',
  'code',
  'name',
  'description',
  'equipment_brand_id',
  'equipment_brand_code',
  'equipment_brand',
  'equipment_family_id',
  'equipment_family_code',
  'equipment_family',
  'date_in_production_since',
  'date_out_of_production_since',
  'date_end_support',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'replacement_period_nb_months',
  'warranty_period_nb_months',
  'translations',
  'modified_dateutc',
]);

function equipmentModel(d) {
  return (
    isObject(d) &&
    onlyKeys(d, EQUIPMENT_MODEL_KEYS) &&
    optGuid(d.id) &&
    optText(d.code, 50) &&
    requiredText(d.name, 50) &&
    optString(d.description) &&
    optGuid(d.equipment_brand_id) &&
    optText(d.equipment_brand_code, 50) &&
    (d.equipment_brand == null || equipmentBrand(d.equipment_brand)) &&
    optGuid(d.equipment_family_id) &&
    optText(d.equipment_family_code, 50) &&
    (d.equipment_family == null || equipmentFamily(d.equipment_family)) &&
    optDateTime(d.date_in_production_since) &&
    optDateTime(d.date_out_of_production_since) &&
    optDateTime(d.date_end_support) &&
    salesOrganizationTriad(d) &&
    optInt32(d.replacement_period_nb_months) &&
    optInt32(d.warranty_period_nb_months) &&
    translations(d.translations) &&
    optDateTime(d.modified_dateutc)
  );
}

const PROJECT_STATUS_KEYS = new Set([
  'id',
  'name',
  'is_default',
  'is_closed',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'code',
  'modified_dateutc',
]);

function projectStatus(d) {
  return (
    isObject(d) &&
    onlyKeys(d, PROJECT_STATUS_KEYS) &&
    optGuid(d.id) &&
    requiredText(d.name, 50) &&
    optBoolean(d.is_default) &&
    typeof d.is_closed === 'boolean' &&
    salesOrganizationTriad(d) &&
    optText(d.code, 255) &&
    optDateTime(d.modified_dateutc)
  );
}

const COMPANY_KEYS = new Set([
  'id',
  'is_client',
  'is_supplier',
  'archived',
  'name',
  'notes',
  'create_date',
  'sales_territory_id',
  'sales_territory_code',
  'sales_territory',
  'marketing_segment_id',
  'marketing_segment_code',
  'marketing_segment',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'company_sales_status_code',
  'vat_reg_code',
  'is_working_address',
  'parent_id',
  'modified_dateutc',
]);

function company(d) {
  return (
    isObject(d) &&
    onlyKeys(d, COMPANY_KEYS) &&
    requiredGuid(d.id) &&
    optBoolean(d.is_client) &&
    optBoolean(d.is_supplier) &&
    optBoolean(d.archived) &&
    requiredText(d.name, 64) &&
    optString(d.notes) &&
    optDateTime(d.create_date) &&
    optGuid(d.sales_territory_id) &&
    optString(d.sales_territory_code) &&
    optLoose(d.sales_territory) &&
    optGuid(d.marketing_segment_id) &&
    optString(d.marketing_segment_code) &&
    optLoose(d.marketing_segment) &&
    salesOrganizationTriad(d) &&
    (d.company_sales_status_code == null || COMPANY_SALES_STATUS.has(d.company_sales_status_code)) &&
    optText(d.vat_reg_code, 50) &&
    optBoolean(d.is_working_address) &&
    optGuid(d.parent_id) &&
    optDateTime(d.modified_dateutc)
  );
}

const PROJECT_KEYS = new Set([
  'id',
  '_parent_id',
  '_parent_reference_back_office',
  '_parent_project',
  'root_parent_id',
  'equipment_family_id',
  'equipment_family_code',
  'equipment_family',
  'equipment_model_id',
  'equipment_model_code',
  'equipment_model',
  'project_status_id',
  'project_status_code',
  'project_status',
  'company_id',
  'company_code',
  'company',
  'db_address_id',
  'db_address_code',
  'location',
  'contact_id',
  'contact_reference_back_office',
  'owner_user_id',
  'name',
  'description',
  'reference_back_office',
  'serial_number',
  'barcode',
  'date_start_production',
  'date_create',
  'date_update',
  'updated_by_user_id',
  'customer_reference',
  'warranty_date_until',
  'last_standard_result_score_1',
  'last_standard_result_score_2',
  'target_standard_result_score_1',
  'target_standard_result_score_2',
  'date_built',
  'shutdown_consequence',
  'id2',
  'nb_open_jobs',
  'date_next_job',
  'date_last_job',
  'nb_jobs_planned',
  'nb_jobs_tobeplanned',
  'nb_jobs_waitingfurtheraction',
  'back_office_timestamp',
  'modified_dateutc',
  'is_mobile_installation',
]);

function project(d) {
  return (
    isObject(d) &&
    parentDepth(d, '_parent_project', MAX_PARENT_DEPTH) <= MAX_PARENT_DEPTH &&
    onlyKeys(d, PROJECT_KEYS) &&
    requiredGuid(d.id) &&
    optGuid(d._parent_id) &&
    optText(d._parent_reference_back_office, 255) &&
    (d._parent_project == null || project(d._parent_project)) &&
    optGuid(d.root_parent_id) &&
    optGuid(d.equipment_family_id) &&
    optText(d.equipment_family_code, 50) &&
    (d.equipment_family == null || equipmentFamily(d.equipment_family)) &&
    optGuid(d.equipment_model_id) &&
    optText(d.equipment_model_code, 50) &&
    (d.equipment_model == null || equipmentModel(d.equipment_model)) &&
    optGuid(d.project_status_id) &&
    optText(d.project_status_code, 255) &&
    (d.project_status == null || projectStatus(d.project_status)) &&
    optGuid(d.company_id) &&
    optString(d.company_code) &&
    (d.company == null || company(d.company)) &&
    optGuid(d.db_address_id) &&
    optString(d.db_address_code) &&
    optText(d.location, 255) &&
    optGuid(d.contact_id) &&
    optString(d.contact_reference_back_office) &&
    optGuid(d.owner_user_id) &&
    optText(d.name, 255) &&
    optString(d.description) &&
    optText(d.reference_back_office, 255) &&
    optText(d.serial_number, 255) &&
    optText(d.barcode, 50) &&
    optDateTime(d.date_start_production) &&
    optDateTime(d.date_create) &&
    optDateTime(d.date_update) &&
    optGuid(d.updated_by_user_id) &&
    optText(d.customer_reference, 50) &&
    optDateTime(d.warranty_date_until) &&
    optString(d.last_standard_result_score_1) &&
    optString(d.last_standard_result_score_2) &&
    optString(d.target_standard_result_score_1) &&
    optString(d.target_standard_result_score_2) &&
    optDateTime(d.date_built) &&
    optText(d.shutdown_consequence, 4000) &&
    optInt32(d.id2) &&
    optInt32(d.nb_open_jobs) &&
    optDateTime(d.date_next_job) &&
    optDateTime(d.date_last_job) &&
    optInt32(d.nb_jobs_planned) &&
    optInt32(d.nb_jobs_tobeplanned) &&
    optInt32(d.nb_jobs_waitingfurtheraction) &&
    optDateTime(d.back_office_timestamp) &&
    optDateTime(d.modified_dateutc) &&
    optBoolean(d.is_mobile_installation) &&
    // at least one of: project status, company
    (givenGuid(d.project_status_id) || givenText(d.project_status_code) || isObject(d.project_status)) &&
    (givenGuid(d.company_id) || givenText(d.company_code) || isObject(d.company))
  );
}

const JOB_TYPE_KEYS = new Set([
  'id',
  'name',
  'description',
  'sales_organization_id',
  'is_default',
  'modified_dateutc',
  'code',
  'archived',
]);

function jobType(d) {
  return (
    isObject(d) &&
    onlyKeys(d, JOB_TYPE_KEYS) &&
    optGuid(d.id) &&
    requiredText(d.name, 50) &&
    optText(d.description, 4000) &&
    optGuid(d.sales_organization_id) &&
    optBoolean(d.is_default) &&
    optDateTime(d.modified_dateutc) &&
    optText(d.code, 50) &&
    optBoolean(d.archived)
  );
}

const JOB_PRIORITY_KEYS = new Set([
  'id',
  'name',
  'is_default',
  'sequence',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'code',
  'modified_dateutc',
]);

function jobPriority(d) {
  return (
    isObject(d) &&
    onlyKeys(d, JOB_PRIORITY_KEYS) &&
    optGuid(d.id) &&
    requiredText(d.name, 50) &&
    optBoolean(d.is_default) &&
    optInt32(d.sequence) &&
    salesOrganizationTriad(d) &&
    optText(d.code, 255) &&
    optDateTime(d.modified_dateutc)
  );
}

const SKILL_KEYS = new Set([
  'id',
  'name',
  'description',
  'code',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'modified_dateutc',
]);

function skill(d) {
  return (
    isObject(d) &&
    onlyKeys(d, SKILL_KEYS) &&
    optGuid(d.id) &&
    requiredText(d.name, 50) &&
    optText(d.description, 4000) &&
    optText(d.code, 50) &&
    salesOrganizationTriad(d) &&
    optDateTime(d.modified_dateutc)
  );
}

const USER_KEYS = new Set([
  'id',
  'db_language_id',
  'username',
  'firstname',
  'lastname',
  'code',
  'archived',
  'disabled',
  'emergency_contact',
  'bankaccount',
  'social_security',
  'place_of_birth',
  'nationality',
  'functions',
  'birthdate',
  'skype',
  'notes',
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  'is_team_leader',
  'team_leader_user_id',
  'email',
  'phone',
  'fax',
  'mobile',
  'private_email',
  'private_phone',
  'private_fax',
  'private_mobile',
  'private_street',
  'private_street_number',
  'private_city',
  'private_zip',
  'private_db_country_id',
  'private_db_country_code',
  'modified_dateutc',
  'allow_hero_app',
  'allow_sales_app',
  'allow_service_app',
  'user_group_id',
]);

function user(d) {
  return (
    isObject(d) &&
    onlyKeys(d, USER_KEYS) &&
    requiredGuid(d.id) &&
    optGuid(d.db_language_id) &&
    requiredText(d.username, 255) &&
    optText(d.firstname, 255) &&
    requiredText(d.lastname, 255) &&
    optText(d.code, 50) &&
    optBoolean(d.archived) &&
    optBoolean(d.disabled) &&
    optText(d.emergency_contact, 64) &&
    optText(d.bankaccount, 50) &&
    optText(d.social_security, 50) &&
    optText(d.place_of_birth, 255) &&
    optText(d.nationality, 255) &&
    optText(d.functions, 255) &&
    optDateTime(d.birthdate) &&
    optText(d.skype, 50) &&
    optString(d.notes) &&
    salesOrganizationTriad(d) &&
    optBoolean(d.is_team_leader) &&
    optGuid(d.team_leader_user_id) &&
    optEmail(d.email) &&
    optString(d.phone) &&
    optString(d.fax) &&
    optString(d.mobile) &&
    optEmail(d.private_email) &&
    optString(d.private_phone) &&
    optString(d.private_fax) &&
    optString(d.private_mobile) &&
    optString(d.private_street) &&
    optString(d.private_street_number) &&
    optString(d.private_city) &&
    optString(d.private_zip) &&
    optGuid(d.private_db_country_id) &&
    optString(d.private_db_country_code) &&
    optDateTime(d.modified_dateutc) &&
    optBoolean(d.allow_hero_app) &&
    optBoolean(d.allow_sales_app) &&
    optBoolean(d.allow_service_app) &&
    optGuid(d.user_group_id) &&
    // at least one of: sales organization
    (givenGuid(d.sales_organization_id) ||
      givenText(d.sales_organization_code) ||
      isObject(d.sales_organization))
  );
}

const JOB_KEYS = new Set([
  'id',
  '_parent_id',
  '_parent_jobs_reference_back_office',
  '_parent_job',
  'project_id',
  'project_reference_back_office',
  'project',
  'job_type_id',
  'job_type_code',
  'job_type',
  'job_priority_id',
  'job_priority_code',
  'job_priority',
  'job_status_id',
  'job_status_code',
  'db_address_id',
  'contact_id',
  'requested_by_company_id',
  'requested_by_contact_id',
  'reference_back_office',
  'name',
  'description',
  'working_sequence',
  'internal_memo',
  'prejob_information',
  'estimated_time',
  'earliest_date_plannable',
  'due_date',
  'date_create',
  'date_update',
  'date_closed',
  'suggested_user_id',
  'suggested_user_code',
  'suggested_user',
  'suggested_date_start',
  'skill_id',
  'skill_code',
  'skill',
  'customer_reference',
  'approval_responsible_user_id',
  'date_reported_by_company',
  'id2',
  'company_id',
  'company_code',
  'db_address_name',
  'db_address_street',
  'db_address_street2',
  'db_address_street_number',
  'db_address_city',
  'db_address_zip',
  'db_address_db_country_id',
  'db_address_db_country_code',
  'db_address_phone',
  'db_address_email',
  'db_address_latitude_decimal',
  'db_address_longitude_decimal',
  'estimated_quantity_remark',
  'modified_dateutc',
]);

/** True when `d` is a valid job request. */
export function isJobRequest(d) {
  return (
    isObject(d) &&
    parentDepth(d, '_parent_job', MAX_PARENT_DEPTH) <= MAX_PARENT_DEPTH &&
    onlyKeys(d, JOB_KEYS) &&
    optGuid(d.id) &&
    optGuid(d._parent_id) &&
    optText(d._parent_jobs_reference_back_office, 50) &&
    (d._parent_job == null || isJobRequest(d._parent_job)) &&
    optGuid(d.project_id) &&
    optText(d.project_reference_back_office, 255) &&
    (d.project == null || project(d.project)) &&
    optGuid(d.job_type_id) &&
    optText(d.job_type_code, 50) &&
    (d.job_type == null || jobType(d.job_type)) &&
    optGuid(d.job_priority_id) &&
    optText(d.job_priority_code, 255) &&
    (d.job_priority == null || jobPriority(d.job_priority)) &&
    optGuid(d.job_status_id) &&
    (d.job_status_code == null || JOB_STATUS.has(d.job_status_code)) &&
    optGuid(d.db_address_id) &&
    optGuid(d.contact_id) &&
    optGuid(d.requested_by_company_id) &&
    optGuid(d.requested_by_contact_id) &&
    optText(d.reference_back_office, 50) &&
    requiredText(d.name, 255) &&
    optText(d.description, 4000) &&
    optInt32(d.working_sequence) &&
    optString(d.internal_memo) &&
    optString(d.prejob_information) &&
    optInt32(d.estimated_time) &&
    optDateTime(d.earliest_date_plannable) &&
    optDateTime(d.due_date) &&
    optDateTime(d.date_create) &&
    optDateTime(d.date_update) &&
    optDateTime(d.date_closed) &&
    optGuid(d.suggested_user_id) &&
    optText(d.suggested_user_code, 50) &&
    (d.suggested_user == null || user(d.suggested_user)) &&
    optDateTime(d.suggested_date_start) &&
    optGuid(d.skill_id) &&
    optText(d.skill_code, 50) &&
    (d.skill == null || skill(d.skill)) &&
    optText(d.customer_reference, 50) &&
    optGuid(d.approval_responsible_user_id) &&
    optDateTime(d.date_reported_by_company) &&
    optInt32(d.id2) &&
    optGuid(d.company_id) &&
    optString(d.company_code) &&
    optText(d.db_address_name, 100) &&
    optText(d.db_address_street, 50) &&
    optText(d.db_address_street2, 50) &&
    optText(d.db_address_street_number, 50) &&
    optText(d.db_address_city, 50) &&
    optText(d.db_address_zip, 50) &&
    optGuid(d.db_address_db_country_id) &&
    optString(d.db_address_db_country_code) &&
    optText(d.db_address_phone, 50) &&
    optEmailMax(d.db_address_email, 250) &&
    optRange(d.db_address_latitude_decimal, -90, 90) &&
    optRange(d.db_address_longitude_decimal, -180, 180) &&
    optText(d.estimated_quantity_remark, 4000) &&
    optDateTime(d.modified_dateutc) &&
    // at least one of: project, job type, job status
    (givenGuid(d.project_id) || givenText(d.project_reference_back_office) || isObject(d.project)) &&
    (givenGuid(d.job_type_id) || givenText(d.job_type_code) || isObject(d.job_type)) &&
    (givenGuid(d.job_status_id) || givenText(d.job_status_code)) &&
    // a job on a mobile installation carries its own street, city and postal code
    (!(isObject(d.project) && d.project.is_mobile_installation === true) ||
      (givenText(d.db_address_street) && givenText(d.db_address_city) && givenText(d.db_address_zip)))
  );
}
