import type { RequestOf, ResponseOf } from '../entity.js';
import { defineEntity } from '../entity.js';
import type { Field } from '../field.js';
import { email, flag, guid, text } from '../kinds.js';
import { reference, type Triad } from '../reference.js';
import { modifiedDate } from '../system.js';

/** A sales organization: the branch or legal entity that owns records and users. */
export const salesOrganization = defineEntity('sales_organization', {
  title: 'Sales organization',
  description:
    'A sales organization: a branch or legal entity of the service company. Lookup records (job types, skills, equipment) can belong to one, and every user works for one.',
  key: 'code',
  fields: {
    id: guid('GUID of the sales organization.', { required: true }),
    code: text('Back-office (ERP) code of the sales organization; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    name: text('Name of the sales organization.', { required: true, maxLength: 50 }),
    description: text('Free description of the sales organization.', { maxLength: 255 }),
    db_country_id: guid('GUID of the country given by default to companies created in this organization.'),
    db_currency_id: guid('GUID of the currency the organization works in.'),
    db_language_id: guid('GUID of the language used when a translation in the user language is missing.'),
    accountancy_code: text('Accounting code of the organization.', { maxLength: 50 }),
    archived: flag('True when the organization is archived (no longer active).'),
    default_unit_of_measure_system_type: text(
      'Default measurement system of the organization, metric or imperial (the source docs misspell the second value).',
      { maxLength: 50 },
    ),
    street: text('Street of the organization address.', { maxLength: 50 }),
    street2: text('Second street line of the organization address.', { maxLength: 50 }),
    street_number: text('House number of the organization address.', { maxLength: 50 }),
    zip: text('Postal code of the organization address.', { maxLength: 50 }),
    city: text('City of the organization address.', { maxLength: 50 }),
    email: email('E-mail address of the organization.', { maxLength: 250 }),
    phone: text('Phone number of the organization.', { maxLength: 50 }),
    fax: text('Fax number of the organization.', { maxLength: 50 }),
    url: text('Website of the organization.', { maxLength: 50 }),
    vat_reg_code: text('VAT registration number of the organization.', { maxLength: 50 }),
    modified_dateutc: modifiedDate(),
  },
});

/** The `sales_organization_id`, `_code` and embedded `sales_organization` fields. */
export type SalesOrganizationTriad = Triad<
  'sales_organization_id',
  'sales_organization_code',
  'sales_organization',
  Field<RequestOf<typeof salesOrganization>, ResponseOf<typeof salesOrganization>, false>
>;

/**
 * The sales-organization triad that lookup entities share: set when the record belongs to
 * one organization, left empty when all organizations share it.
 */
export function ownedBySalesOrganization(record: string): SalesOrganizationTriad {
  return reference(salesOrganization, {
    about: `the sales organization the ${record} belongs to`,
    id: 'sales_organization_id',
    key: 'sales_organization_code',
    embed: 'sales_organization',
    notes: { id: 'Empty when all organizations share it.' },
  });
}
