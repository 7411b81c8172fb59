import { defineEntity } from '../entity.js';
import { flag, guid, text } from '../kinds.js';
import { modifiedDate } from '../system.js';
import { ownedBySalesOrganization } from './sales_organization.js';

/** The status of a project (installation). */
export const projectStatus = defineEntity('project_status', {
  title: 'Project status',
  description: 'A status a project (installation) can be in, such as "in service" or "decommissioned".',
  key: 'code',
  fields: {
    id: guid('GUID of the status.'),
    name: text('Name of the status.', { required: true, maxLength: 50 }),
    is_default: flag('True when new projects get this status unless told otherwise.'),
    is_closed: flag('True when projects in this status count as closed (archived).', { required: true }),
    ...ownedBySalesOrganization('status'),
    code: text('Back-office (ERP) code of the status; the key used to match it when embedded.', {
      maxLength: 255,
    }),
    modified_dateutc: modifiedDate(),
  },
});
