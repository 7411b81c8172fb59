import { defineEntity } from '../entity.js';
import { dateTime, email, flag, guid, text } from '../kinds.js';
import { reference } from '../reference.js';
import { modifiedDate } from '../system.js';
import { salesOrganization } from './sales_organization.js';

const personal = { sensitive: true } as const;

/** A user: a technician, planner or back-office employee. */
export const user = defineEntity('user', {
  title: 'User',
  description:
    'A user of the platform: a technician, planner or back-office employee. Holds personal HR data, which is marked sensitive.',
  key: 'code',
  fields: {
    id: guid('GUID of the user.', { required: true }),
    db_language_id: guid('GUID of the language the user works in.'),
    username: text('Login name of the user, normally an e-mail address.', { required: true, maxLength: 255 }),
    firstname: text('First name of the user.', { maxLength: 255 }),
    lastname: text('Last name of the user.', { required: true, maxLength: 255 }),
    code: text('Back-office (ERP) code of the user; the key used to match it when embedded.', {
      maxLength: 50,
    }),
    archived: flag('True when the user is archived; users are archived, never deleted.'),
    disabled: flag('True when the user may temporarily not log in.'),
    emergency_contact: text('Person to call in an emergency, with their contact details.', {
      maxLength: 64,
      ...personal,
    }),
    bankaccount: text('Bank account number of the user.', { maxLength: 50, ...personal }),
    social_security: text('Social security number of the user.', { maxLength: 50, ...personal }),
    place_of_birth: text('Place of birth of the user.', { maxLength: 255, ...personal }),
    nationality: text('Nationality of the user.', { maxLength: 255, ...personal }),
    functions: text('Job functions of the user, such as manager or technical lead.', { maxLength: 255 }),
    birthdate: dateTime('Date of birth of the user.', personal),
    skype: text('Skype name of the user.', { maxLength: 50 }),
    notes: text('Internal remarks about the user.'),
    ...reference(salesOrganization, {
      about: 'the main sales organization of the user',
      id: 'sales_organization_id',
      key: 'sales_organization_code',
      embed: 'sales_organization',
    }),
    is_team_leader: flag('True when the user can lead a team.'),
    team_leader_user_id: guid('GUID of the team leader of this user, when the user is a team member.'),
    email: email('Work e-mail address of the user.'),
    phone: text('Work phone number of the user.'),
    fax: text('Work fax number of the user.'),
    mobile: text('Work mobile number of the user.'),
    private_email: email('Private e-mail address of the user.', personal),
    private_phone: text('Private phone number of the user.', personal),
    private_fax: text('Private fax number of the user.', personal),
    private_mobile: text('Private mobile number of the user.', personal),
    private_street: text('Street of the private address of the user.', personal),
    private_street_number: text('House number of the private address of the user.', personal),
    private_city: text('City of the private address of the user.', personal),
    private_zip: text('Postal code of the private address of the user.', personal),
    private_db_country_id: guid('GUID of the country of the private address of the user.', personal),
    private_db_country_code: text('Code of the country of the private address of the user.', personal),
    modified_dateutc: modifiedDate(),
    allow_hero_app: flag('True when the user may use the "hero" app.'),
    allow_sales_app: flag('True when the user may use the sales app.'),
    allow_service_app: flag('True when the user may use the service (technician) app.'),
    user_group_id: guid('GUID of the user group the user belongs to.'),
  },
  groups: [
    {
      name: 'sales_organization',
      members: ['sales_organization_id', 'sales_organization_code', 'sales_organization'],
    },
  ],
});
