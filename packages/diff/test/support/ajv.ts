import { ajvOptions, formats } from '@job-contracts/schemas/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';

let ajv: Ajv2020 | undefined;
const cache = new Map<string, (value: unknown) => boolean>();

/**
 * A plain AJV 2020 check of `value` against `schema`, with the schemas' own formats and
 * options (UTF-16 lengths): the referee the property tests hold the diff to.
 */
export function accepts(schema: unknown, value: unknown): boolean {
  if (typeof schema === 'boolean') {
    return schema;
  }
  if (ajv === undefined) {
    ajv = new Ajv2020({ ...ajvOptions, allErrors: false, logger: false });
    for (const format of Object.values(formats)) ajv.addFormat(format.name, format.validate);
  }
  const key = JSON.stringify(schema);
  let validate = cache.get(key);
  if (validate === undefined) {
    // Without its `$id`: AJV registers schemas by id, and every version of a test document shares one.
    const { $id: _id, ...anonymous } = schema as Record<string, unknown>;
    const compiled = ajv.compile(anonymous);
    validate = (candidate) => compiled(candidate) === true;
    cache.set(key, validate);
  }
  return validate(value);
}
