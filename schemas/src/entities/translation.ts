import { defineEntity } from '../entity.js';
import { text } from '../kinds.js';

/** A translation of one field of a record into one language. */
export const translation = defineEntity('translation', {
  title: 'Translation',
  description:
    'The value of one text field of a record in one language, such as the name of an equipment model in Dutch. Known only from the documented sample: no model page exists.',
  fields: {
    field_name: text('Name of the translated field, such as `name` or `description`.', { required: true }),
    language_code: text('Code of the language of the translation, such as `nl` or `fr-BE`.', {
      required: true,
    }),
    value_translated: text('The translated text.'),
  },
});
