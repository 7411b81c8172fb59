import { defineEntity } from '../entity.js';
import { flag, guid, text } from '../kinds.js';
import { modifiedDate } from '../system.js';

/** The type of a job (work order). */
export const jobType = defineEntity('job_type', {
  title: 'Job type',
  description:
    'The type of a job (work order), such as "repair" or "maintenance". Unlike other lookups, a job type is tied to a sales organization by GUID only.',
  key: 'code',
  fields: {
    id: guid('GUID of the job type.'),
    name: text('Name of the job type.', { required: true, maxLength: 50 }),
    sales_organization_id: guid(
      'GUID of the sales organization the job type belongs to; empty when all organizations share it.',
    ),
    description: text('Description of the job type.', { maxLength: 4000 }),
    is_default: flag('True when new jobs get this type unless told otherwise.'),
    modified_dateutc: modifiedDate(),
    code: text('Back-office (ERP) code of the job type; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    archived: flag('True when the job type is archived. Only newer API versions have this field.'),
  },
});
