import { formats } from './formats.js';
import { type MaxDepth, nestingDepth, parentDepth, VOCABULARY } from './vocabulary.js';

/**
 * An AJV 8 instance (`Ajv`, `Ajv2020`…), as far as {@link ajvPlugin} needs one. The parameter
 * types are left open so that this package does not depend on AJV's own types.
 */
export interface AjvInstance {
  addFormat(name: string, format: never): unknown;
  addKeyword(definition: never): unknown;
}

/** What {@link ajvPlugin} passes to those two methods. */
interface Calls {
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
  addKeyword(definition: {
    keyword: string;
    type?: 'object';
    before?: string;
    schemaType?: 'object' | 'number';
    errors?: boolean;
    validate?: (schema: never, data: unknown) => boolean;
  }): unknown;
}

/**
 * Teaches an AJV instance what these schemas need beyond draft 2020-12: the `uuid`,
 * `date-time`, `date-time-optional-offset` and `email` formats as the .NET backend reads them,
 * the annotation keywords (`x-sensitive`, `x-required-group`, `x-conditional-required`), and
 * the two depth limits (`x-max-depth`, `x-max-nesting`) as plain checks. Returns the instance,
 * so it also fits where a list of plugins is expected (Fastify's `ajv.plugins`).
 *
 * Create the instance with {@link ajvOptions}: options cannot be changed afterwards, and
 * without `unicode: false` lengths would be counted in code points instead of UTF-16 units.
 * Keep `allErrors: false` for untrusted input: AJV then stops at a too-long parent chain
 * before following it, while with `allErrors: true` it follows every link and a chain of
 * thousands overflows the stack. The issues AJV reports this way are its own; `@job-contracts/validators` gives the
 * readable ones, and is faster.
 *
 * @example
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import { ajvOptions, ajvPlugin } from '@job-contracts/schemas/runtime';
 *
 * const ajv = ajvPlugin(new Ajv2020({ ...ajvOptions, allErrors: true }));
 * for (const document of allDocuments()) ajv.addSchema(document);
 */
export function ajvPlugin<Instance extends AjvInstance>(instance: Instance): Instance {
  const ajv = instance as unknown as Calls;
  for (const format of Object.values(formats)) {
    ajv.addFormat(format.name, { type: 'string', validate: format.validate });
  }
  for (const keyword of VOCABULARY) {
    if (keyword === 'x-max-depth') {
      ajv.addKeyword({
        keyword,
        // Checked before AJV descends into `properties`: with `allErrors: false` a chain of
        // 100 000 parents fails at its top instead of overflowing the stack.
        type: 'object',
        before: 'properties',
        schemaType: 'object',
        errors: false,
        validate: (limit: MaxDepth, data: unknown) =>
          parentDepth(data, limit.property, limit.limit) <= limit.limit,
      });
    } else if (keyword === 'x-max-nesting') {
      ajv.addKeyword({
        keyword,
        schemaType: 'number',
        errors: false,
        validate: (limit: number, data: unknown) => nestingDepth(data, limit) <= limit,
      });
    } else {
      ajv.addKeyword({ keyword });
    }
  }
  return instance;
}
