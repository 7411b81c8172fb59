import { defineEntity } from '../entity.js';
import { flag, guid, int32, text } from '../kinds.js';
import { modifiedDate } from '../system.js';
import { ownedBySalesOrganization } from './sales_organization.js';

/** The priority of a job (work order). */
export const jobPriority = defineEntity('job_priority', {
  title: 'Job priority',
  description: 'The priority of a job (work order), such as "urgent" or "normal".',
  key: 'code',
  fields: {
    id: guid('GUID of the priority.'),
    name: text('Name of the priority.', { required: true, maxLength: 50 }),
    is_default: flag('True when new jobs get this priority unless told otherwise.'),
    sequence: int32('Sort order of the priority; 0 comes first.'),
    ...ownedBySalesOrganization('priority'),
    code: text('Back-office (ERP) code of the priority; the key used to match it when embedded.', {
      maxLength: 255,
    }),
    modified_dateutc: modifiedDate(),
  },
});
