import { defineEntity } from '../entity.js';
import { guid, text } from '../kinds.js';
import { parentReference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { ownedBySalesOrganization } from './sales_organization.js';

const code = text('Back-office (ERP) code of the family; the key used to match it when embedded.', {
  maxLength: 50,
});

/** An equipment family: the type of an installation, in a hierarchy. */
export const equipmentFamily = defineEntity('equipment_family', {
  title: 'Equipment family',
  description: 'An equipment family (equipment type), such as "boiler" or "lift". Families form a hierarchy.',
  key: 'code',
  fields: {
    id: guid('GUID of the family.', { required: true }),
    name: text('Name of the family.', { required: true, maxLength: 50 }),
    description: text('Description of the family.', { maxLength: 4000 }),
    code,
    ...parentReference(code, {
      about: 'the parent family in the hierarchy',
      id: '_parent_id',
      key: '_parent_code',
      embed: '_parent_equipment_family',
    }),
    ...ownedBySalesOrganization('family'),
    modified_dateutc: modifiedDate(),
  },
});
