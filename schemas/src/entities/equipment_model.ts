import { defineEntity } from '../entity.js';
import { dateTime, guid, int32, list, text } from '../kinds.js';
import { reference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { equipmentBrand } from './equipment_brand.js';
import { equipmentFamily } from './equipment_family.js';
import { ownedBySalesOrganization } from './sales_organization.js';
import { translation } from './translation.js';

/** An equipment model: a product of a brand, in a family. */
export const equipmentModel = defineEntity('equipment_model', {
  title: 'Equipment model',
  description: 'An equipment model: a product of a brand, belonging to an equipment family.',
  key: 'code',
  fields: {
    id: guid('GUID of the model.'),
    code: text('Back-office (ERP) code of the model; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    name: text('Name of the model.', { required: true, maxLength: 50 }),
    description: text('Description of the model.'),
    ...reference(equipmentBrand, {
      about: 'the brand of the model',
      id: 'equipment_brand_id',
      key: 'equipment_brand_code',
      embed: 'equipment_brand',
    }),
    ...reference(equipmentFamily, {
      about: 'the family of the model',
      id: 'equipment_family_id',
      key: 'equipment_family_code',
      embed: 'equipment_family',
    }),
    date_in_production_since: dateTime('When the model went into production.'),
    date_out_of_production_since: dateTime('When the model went out of production.'),
    date_end_support: dateTime('When support for the model ends.'),
    ...ownedBySalesOrganization('model'),
    replacement_period_nb_months: int32(
      'Replacement period of the model in months; used to compute dates when an installation of this model is created.',
    ),
    warranty_period_nb_months: int32(
      'Warranty period of the model in months; used to compute dates when an installation of this model is created.',
    ),
    translations: list(
      translation,
      'Translations of the text fields of the model, one per field and language.',
    ),
    modified_dateutc: modifiedDate(),
  },
});
