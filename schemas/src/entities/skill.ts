import { defineEntity } from '../entity.js';
import { guid, text } from '../kinds.js';
import { modifiedDate } from '../system.js';
import { ownedBySalesOrganization } from './sales_organization.js';

/** A skill a job can require of the technician. */
export const skill = defineEntity('skill', {
  title: 'Skill',
  description:
    'A skill a technician can have and a job can require, used by planning. Known only from the documented sample: limits follow the other lookup entities.',
  key: 'code',
  fields: {
    id: guid('GUID of the skill.'),
    name: text('Name of the skill.', { required: true, maxLength: 50 }),
    description: text('Description of the skill.', { maxLength: 4000 }),
    code: text('Back-office (ERP) code of the skill; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    ...ownedBySalesOrganization('skill'),
    modified_dateutc: modifiedDate(),
  },
});
