// The validators the package is measured against, each set up the way its documentation says,
// on the same schema documents. Each builder returns `{ name, check, notes }`, where `check`
// answers valid / not valid for a job request, and `notes` says what it could not do.
import { validator as schemasafeValidator } from '@exodus/schemasafe';
import { entities } from '@job-contracts/schemas';
import { formats, SCHEMA_BASE_URI } from '@job-contracts/schemas/runtime';
import { FormatRegistry, Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { createAjv, JOB_REQUEST_ID, loadDocuments } from './ajv.mjs';
import { isJobRequest as handwritten } from './handwritten.mjs';

// ---- AJV 8, compiling the documents at run time ------------------------------------------------

export function ajvContender(documents) {
  const validate = createAjv(documents).getSchema(JOB_REQUEST_ID);
  return { name: 'AJV 8 (runtime compile)', check: (data) => validate(data), notes: [] };
}

// ---- TypeBox's own compiler ----------------------------------------------------------------------

/**
 * A plain JSON Schema fragment of one property as native TypeBox types, which the compiler
 * knows: type arrays become unions, `enum` a union of literals, `$ref` a `Type.Ref` to the full
 * `$id` (TypeBox matches references by exact `$id`, not by relative URI).
 */
function nativeType(json) {
  if (json.anyOf !== undefined) {
    return Type.Union(json.anyOf.map(nativeType));
  }
  if (json.$ref !== undefined) {
    return Type.Ref(new URL(json.$ref, SCHEMA_BASE_URI).href);
  }
  if (json.enum !== undefined) {
    return Type.Union(json.enum.map((value) => (value === null ? Type.Null() : Type.Literal(value))));
  }
  if (Array.isArray(json.type)) {
    return Type.Union(json.type.map((type) => nativeType({ ...json, type })));
  }
  const pick = (...keys) =>
    Object.fromEntries(keys.filter((key) => json[key] !== undefined).map((key) => [key, json[key]]));
  switch (json.type) {
    case 'string':
      return Type.String(pick('maxLength', 'pattern', 'format'));
    case 'integer':
      return Type.Integer(pick('minimum', 'maximum'));
    case 'number':
      return Type.Number(pick('minimum', 'maximum'));
    case 'boolean':
      return Type.Boolean();
    case 'null':
      return Type.Null();
    case 'array':
      return Type.Array(nativeType(json.items));
    case 'object':
      // `x-max-nesting` stays on it as an option the compiler does not read.
      return Type.Object({}, pick('x-max-nesting'));
    default:
      throw new Error(`no native TypeBox type for ${JSON.stringify(json)}`);
  }
}

/** The same TObject, its `Type.Unsafe` properties rewritten as native types; options kept. */
function nativeObject(object) {
  const required = new Set(object.required ?? []);
  const properties = {};
  for (const [key, property] of Object.entries(object.properties)) {
    const { description, readOnly, 'x-sensitive': sensitive, ...json } = JSON.parse(JSON.stringify(property));
    const native = nativeType(json);
    properties[key] = required.has(key) ? native : Type.Optional(native);
  }
  const { $id, allOf, 'x-max-depth': maxDepth, additionalProperties } = object;
  return Type.Object(properties, {
    $id,
    additionalProperties: additionalProperties === false ? false : Type.Unknown(),
    ...(allOf === undefined ? {} : { allOf }),
    ...(maxDepth === undefined ? {} : { 'x-max-depth': maxDepth }),
  });
}

export function typeboxContender() {
  for (const format of Object.values(formats)) {
    FormatRegistry.Set(format.name, format.validate);
  }
  const schemas = Object.values(entities).flatMap((entity) => [entity.request, entity.response]);
  const notes = [];
  let asIs;
  try {
    asIs = TypeCompiler.Compile(entities.job.request, schemas);
  } catch (error) {
    notes.push(
      `TypeCompiler.Compile(entities.job.request, 26 references) throws ${error.constructor.name}: ` +
        `"${error.message}" — every property is a Type.Unsafe (Kind "Unsafe") JSON Schema fragment, ` +
        'which the compiler has no code for.',
    );
  }
  if (asIs !== undefined) {
    return { name: 'TypeBox compiler', check: (data) => asIs.Check(data), notes };
  }

  const native = schemas.map(nativeObject);
  const compiled = TypeCompiler.Compile(
    native.find((schema) => schema.$id === JOB_REQUEST_ID),
    native,
  );
  notes.push(
    'Measured instead: the same 26 objects with each Unsafe property rewritten as native TypeBox types ' +
      '(type arrays → Union, enum → Union of Literal, $ref → Ref to the full $id). The compiler ignores ' +
      'schema options it does not model, so it does NOT check: the "at least one of" groups and the ' +
      'mobile-installation if/then (allOf of anyOf / if-then in the object options), x-max-depth ' +
      '(parent-chain depth) and x-max-nesting. It checks fewer rules than the others.',
  );
  return { name: 'TypeBox compiler (native rewrite)', check: (data) => compiled.Check(data), notes };
}

// ---- @exodus/schemasafe ----------------------------------------------------------------------

/** A deep copy without any `x-*` keyword. */
function withoutVendorKeywords(value) {
  if (Array.isArray(value)) {
    return value.map(withoutVendorKeywords);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith('x-'))
        .map(([key, item]) => [key, withoutVendorKeywords(item)]),
    );
  }
  return value;
}

export function schemasafeContender(documents) {
  const options = {
    mode: 'default',
    formats: Object.fromEntries(Object.values(formats).map((format) => [format.name, format.validate])),
    extraFormats: false,
  };
  const notes = [];
  const job = (docs) => docs.find((document) => document.$id === JOB_REQUEST_ID);
  try {
    const validate = schemasafeValidator(job(documents), { ...options, schemas: documents });
    return { name: '@exodus/schemasafe', check: validate, notes };
  } catch (error) {
    notes.push(
      `validator() on the documents as they are throws "${error.message}": it refuses unknown keywords. ` +
        'Given copies without x-* keywords instead, so it does NOT check x-max-depth (parent-chain depth) ' +
        'or x-max-nesting.',
    );
  }
  const stripped = documents.map(withoutVendorKeywords);
  const validate = schemasafeValidator(job(stripped), { ...options, schemas: stripped });
  notes.push(
    'It counts maxLength in code points (JSON Schema), not UTF-16 code units: an emoji counts 1, not 2.',
  );
  return { name: '@exodus/schemasafe (x-* stripped)', check: validate, notes };
}

// ---- by id -----------------------------------------------------------------------------------

/** Every contender, by the id `measure.mjs` takes, in the order the tables list them. */
export const CONTENDER_IDS = ['is', 'parse', 'ajv', 'typebox', 'schemasafe', 'hand'];

/** The contender `id`, built in this process. */
export async function contender(id, documents = loadDocuments()) {
  switch (id) {
    case 'is':
    case 'parse': {
      const { isJobRequest, parseJobRequest } = await import('@job-contracts/validators');
      return id === 'is'
        ? { name: '@job-contracts/validators isJobRequest', check: isJobRequest, notes: [] }
        : {
            name: '@job-contracts/validators parseJobRequest',
            check: (data) => parseJobRequest(data).ok,
            notes: [],
          };
    }
    case 'ajv':
      return ajvContender(documents);
    case 'typebox':
      return typeboxContender();
    case 'schemasafe':
      return schemasafeContender(documents);
    case 'hand':
      return { name: 'hand-written (baseline)', check: handwritten, notes: [] };
    default:
      throw new Error(`unknown contender ${id}: use one of ${CONTENDER_IDS.join(', ')}`);
  }
}
