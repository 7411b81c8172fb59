import { defineEntity } from '../entity.js';
import { dateTime, flag, guid, int32, text } from '../kinds.js';
import { parentReference, reference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { company } from './company.js';
import { equipmentFamily } from './equipment_family.js';
import { equipmentModel } from './equipment_model.js';
import { projectStatus } from './project_status.js';

const referenceBackOffice = text(
  'Back-office (ERP) id of the installation; the key used to match it when embedded.',
  { maxLength: 255 },
);

const computed = { readOnly: true } as const;

/** A project: an installation or piece of equipment at a customer, which jobs are done on. */
export const project = defineEntity('project', {
  title: 'Project (installation)',
  description:
    'A project: an installation or piece of equipment at a customer, which jobs are done on. Installations form a hierarchy. Only the first rows of the project model are documented; the other fields are known from the documented sample.',
  key: 'reference_back_office',
  fields: {
    id: guid('GUID of the installation.', { required: true }),
    ...parentReference(referenceBackOffice, {
      about: 'the parent installation in the hierarchy',
      id: '_parent_id',
      key: '_parent_reference_back_office',
      embed: '_parent_project',
    }),
    root_parent_id: guid(
      'GUID of the top installation of the hierarchy; computed by the server from the parent.',
      computed,
    ),
    ...reference(equipmentFamily, {
      about: 'the equipment family of the installation',
      id: 'equipment_family_id',
      key: 'equipment_family_code',
      embed: 'equipment_family',
      notes: { id: 'The server can also resolve the family from the equipment model.' },
    }),
    ...reference(equipmentModel, {
      about: 'the equipment model of the installation',
      id: 'equipment_model_id',
      key: 'equipment_model_code',
      embed: 'equipment_model',
    }),
    ...reference(projectStatus, {
      about: 'the status of the installation',
      id: 'project_status_id',
      key: 'project_status_code',
      embed: 'project_status',
    }),
    ...reference(company, {
      about: 'the company that owns the installation',
      id: 'company_id',
      key: 'company_code',
      embed: 'company',
    }),
    db_address_id: guid('GUID of the address of the installation.'),
    db_address_code: text('Back-office code of the address of the installation.'),
    location: text('Where the installation is, in free text (building, floor, room).', { maxLength: 255 }),
    contact_id: guid('GUID of the contact person for the installation.'),
    contact_reference_back_office: text('Back-office id of the contact person for the installation.'),
    owner_user_id: guid('GUID of the user responsible for the installation.'),
    name: text('Name of the installation.', { maxLength: 255 }),
    description: text('Description of the installation.'),
    reference_back_office: referenceBackOffice,
    serial_number: text('Serial number of the installation.', { maxLength: 255 }),
    barcode: text('Barcode on the installation.', { maxLength: 50 }),
    date_start_production: dateTime('When the installation went into service.'),
    date_create: dateTime('When the installation record was created.'),
    date_update: dateTime('When the installation record was last updated.'),
    updated_by_user_id: guid('GUID of the user who last updated the installation.'),
    customer_reference: text("The customer's own reference for the installation.", { maxLength: 50 }),
    warranty_date_until: dateTime('End of the warranty of the installation, if any.'),
    last_standard_result_score_1: text(
      'First score of the last standard inspection result (meaning not documented).',
    ),
    last_standard_result_score_2: text(
      'Second score of the last standard inspection result (meaning not documented).',
    ),
    target_standard_result_score_1: text(
      'First target score for standard inspections (meaning not documented).',
    ),
    target_standard_result_score_2: text(
      'Second target score for standard inspections (meaning not documented).',
    ),
    date_built: dateTime('When the installation was built; a date, sent with a midnight time.'),
    shutdown_consequence: text('What happens when the installation stops, in free text.', {
      maxLength: 4000,
    }),
    id2: int32('Internal numeric id of the installation; used when there is no back-office id.'),
    nb_open_jobs: int32('Number of open jobs on the installation; computed by the server.', computed),
    date_next_job: dateTime('Date of the next job on the installation; computed by the server.', computed),
    date_last_job: dateTime('Date of the last job on the installation; computed by the server.', computed),
    nb_jobs_planned: int32('Number of planned jobs on the installation; computed by the server.', computed),
    nb_jobs_tobeplanned: int32(
      'Number of jobs to be planned on the installation; computed by the server.',
      computed,
    ),
    nb_jobs_waitingfurtheraction: int32(
      'Number of jobs waiting for further action on the installation; computed by the server.',
      computed,
    ),
    back_office_timestamp: dateTime('Timestamp of the last synchronisation with the back office.'),
    modified_dateutc: modifiedDate(),
    is_mobile_installation: flag(
      'True when the equipment moves (a vehicle, a mobile crane): a job on it then carries its own street, city and postal code.',
    ),
  },
  groups: [
    { name: 'project_status', members: ['project_status_id', 'project_status_code', 'project_status'] },
    { name: 'company', members: ['company_id', 'company_code', 'company'] },
  ],
});
