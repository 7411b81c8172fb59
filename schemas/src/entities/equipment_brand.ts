import { defineEntity } from '../entity.js';
import { guid, text } from '../kinds.js';
import { modifiedDate } from '../system.js';
import { ownedBySalesOrganization } from './sales_organization.js';

/** An equipment brand (manufacturer). */
export const equipmentBrand = defineEntity('equipment_brand', {
  title: 'Equipment brand',
  description: 'The brand (manufacturer) of equipment models.',
  key: 'code',
  fields: {
    id: guid('GUID of the brand.'),
    name: text('Name of the brand.', { required: true, maxLength: 50 }),
    code: text('Back-office (ERP) code of the brand; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    ...ownedBySalesOrganization('brand'),
    modified_dateutc: modifiedDate(),
  },
});
