import { COMPANY_SALES_STATUS_CODES } from '../constants.js';
import { defineEntity } from '../entity.js';
import { code, dateTime, flag, guid, opaque, text } from '../kinds.js';
import { reference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { salesOrganization } from './sales_organization.js';

/** A company: a customer or supplier that can own installations. */
export const company = defineEntity('company', {
  title: 'Company',
  description:
    'A company: a customer (or supplier) of the service company. A project (installation) belongs to one. Only the first rows of the company model are documented, so only those fields are modelled here.',
  fields: {
    id: guid('GUID of the company.', { required: true }),
    is_client: flag('True when the company is a client (it can place orders).'),
    is_supplier: flag('True when the company is a supplier.'),
    archived: flag('True when the company is archived; archived companies are hidden from searches.'),
    name: text('Name of the company.', { required: true, maxLength: 64 }),
    notes: text('Free remarks about the company.'),
    create_date: dateTime('When the company was created.'),
    sales_territory_id: guid(
      'GUID of the sales territory; must be given when more than one territory exists.',
    ),
    sales_territory_code: text('Back-office code of the sales territory.'),
    sales_territory: opaque('The sales territory, embedded whole. Its shape is not modelled here.'),
    marketing_segment_id: guid(
      'GUID of the marketing segment, which drives sales visit frequency and planning.',
    ),
    marketing_segment_code: text('Back-office code of the marketing segment.'),
    marketing_segment: opaque('The marketing segment, embedded whole. Its shape is not modelled here.'),
    ...reference(salesOrganization, {
      about: 'the sales organization that owns the company',
      id: 'sales_organization_id',
      key: 'sales_organization_code',
      embed: 'sales_organization',
      notes: { id: 'Must be given when more than one organization exists.' },
    }),
    company_sales_status_code: code('Sales status of the company.', COMPANY_SALES_STATUS_CODES, {
      inResponses: true,
    }),
    vat_reg_code: text('VAT registration number of the company.', { maxLength: 50 }),
    is_working_address: flag(
      'False when no installation may be created on this company; the server treats a missing value as true.',
    ),
    parent_id: guid('GUID of the parent company, for companies in a parent/child structure.'),
    modified_dateutc: modifiedDate(),
  },
});
