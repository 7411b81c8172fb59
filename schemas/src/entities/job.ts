import { JOB_STATUS_CODES } from '../constants.js';
import { defineEntity } from '../entity.js';
import { code, dateTime, decimal, email, guid, int32, text } from '../kinds.js';
import { parentReference, reference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { jobPriority } from './job_priority.js';
import { jobType } from './job_type.js';
import { project } from './project.js';
import { skill } from './skill.js';
import { user } from './user.js';

const referenceBackOffice = text(
  'Back-office (ERP) id of the job; the key used to match it when embedded, e.g. as a parent job.',
  { maxLength: 50 },
);

const mobileAddress = 'Address of the job when the installation is mobile';

/** A job (work order): the work a technician does on an installation. */
export const job = defineEntity('job', {
  title: 'Job (work order)',
  description:
    'A job (work order): work to be planned and done by a technician on an installation. Created with POST api/Jobs, updated with PUT api/Jobs({id}).',
  key: 'reference_back_office',
  fields: {
    id: guid('GUID of the job. A client may choose it; the server assigns one otherwise.'),
    ...parentReference(referenceBackOffice, {
      about: 'the parent job of a multi-job',
      id: '_parent_id',
      key: '_parent_jobs_reference_back_office',
      embed: '_parent_job',
    }),
    ...reference(project, {
      about: 'the project (installation) the job is for',
      id: 'project_id',
      key: 'project_reference_back_office',
      embed: 'project',
    }),
    ...reference(jobType, {
      about: 'the type of the job',
      id: 'job_type_id',
      key: 'job_type_code',
      embed: 'job_type',
    }),
    ...reference(jobPriority, {
      about: 'the priority of the job',
      id: 'job_priority_id',
      key: 'job_priority_code',
      embed: 'job_priority',
      notes: { key: '(The source docs wrongly call it a job status key.)' },
    }),
    job_status_id: guid('GUID of the status of the job; statuses are fixed system GUIDs.'),
    job_status_code: code(
      'Status of the job by code. Suggested, together with a suggested user and a suggested start, also plans the job on that user.',
      JOB_STATUS_CODES,
    ),
    db_address_id: guid(
      'GUID of the address of the job when the installation is not mobile: the address of the location or of the equipment.',
    ),
    contact_id: guid("GUID of the main contact of the job, when it differs from the project's contact."),
    requested_by_company_id: guid('GUID of the company that asked for the job, when a specific one did.'),
    requested_by_contact_id: guid('GUID of the contact, at the requesting company, who asked for the job.'),
    reference_back_office: referenceBackOffice,
    name: text('Title of the job.', { required: true, maxLength: 255 }),
    description: text('Description of the work to do.', { maxLength: 4000 }),
    working_sequence: int32('Position of the job among the jobs of its multi-job.'),
    internal_memo: text('Internal note between back office, planners and technicians.'),
    prejob_information: text(
      'What the technician should know before starting, such as "call the customer first".',
    ),
    estimated_time: int32('Estimated duration of the job in minutes; used for planning and statistics.'),
    earliest_date_plannable: dateTime('The job must not be planned before this date.'),
    due_date: dateTime('The job must be planned no later than this date.'),
    date_create: dateTime('When the job was created.'),
    date_update: dateTime('When the job was last updated.'),
    date_closed: dateTime('When the job was completed; filled by the server on completion.', {
      readOnly: true,
    }),
    ...reference(user, {
      about: 'the user suggested for planning the job',
      id: 'suggested_user_id',
      key: 'suggested_user_code',
      embed: 'suggested_user',
    }),
    suggested_date_start: dateTime('Suggested start date and time for planning the job.'),
    ...reference(skill, {
      about: 'the skill the job requires',
      notes: { id: 'Used by planning.' },
      id: 'skill_id',
      key: 'skill_code',
      embed: 'skill',
    }),
    customer_reference: text("The customer's own reference for the job.", { maxLength: 50 }),
    approval_responsible_user_id: guid('GUID of the user who leads a job done by several users.'),
    date_reported_by_company: dateTime('When the customer reported the problem.'),
    id2: int32('Internal numeric id of the job; used when there is no back-office id.'),
    company_id: guid('GUID of the customer company; derived by the server from the project.', {
      readOnly: true,
    }),
    company_code: text('Back-office code of the customer company; derived by the server from the project.', {
      readOnly: true,
    }),
    db_address_name: text(`${mobileAddress}: name of the address.`, { maxLength: 100 }),
    db_address_street: text(`${mobileAddress}: street. Required then.`, { maxLength: 50 }),
    db_address_street2: text(`${mobileAddress}: second street line.`, { maxLength: 50 }),
    db_address_street_number: text(`${mobileAddress}: house number.`, { maxLength: 50 }),
    db_address_city: text(`${mobileAddress}: city. Required then.`, { maxLength: 50 }),
    db_address_zip: text(`${mobileAddress}: postal code. Required then.`, { maxLength: 50 }),
    db_address_db_country_id: guid(`${mobileAddress}: GUID of the country.`),
    db_address_db_country_code: text(`${mobileAddress}: code of the country.`),
    db_address_phone: text(`${mobileAddress}: phone number.`, { maxLength: 50 }),
    db_address_email: email(`${mobileAddress}: e-mail address.`, { maxLength: 250 }),
    db_address_latitude_decimal: decimal('Latitude of the job address, in degrees from -90 to 90.', {
      minimum: -90,
      maximum: 90,
    }),
    db_address_longitude_decimal: decimal(
      'Longitude of the job address, in degrees from -180 to 180. (The source docs wrongly call it latitude.)',
      { minimum: -180, maximum: 180 },
    ),
    estimated_quantity_remark: text('Parts the technician should use or pick up, in free text.', {
      maxLength: 4000,
    }),
    modified_dateutc: modifiedDate(),
  },
  groups: [
    { name: 'project', members: ['project_id', 'project_reference_back_office', 'project'] },
    { name: 'job_type', members: ['job_type_id', 'job_type_code', 'job_type'] },
    { name: 'job_status', members: ['job_status_id', 'job_status_code'] },
  ],
  conditions: [
    {
      name: 'mobile_installation_address',
      description:
        'A job on a mobile installation (embedded project with is_mobile_installation true) must carry its own street, city and postal code.',
      when: { object: 'project', flag: 'is_mobile_installation' },
      require: ['db_address_street', 'db_address_city', 'db_address_zip'],
    },
  ],
});
