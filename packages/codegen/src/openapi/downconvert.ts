import type { JsonSchema } from '../documents.js';
import { SCHEMAS_POINTER } from './refs.js';

// Keywords a 3.0 Schema Object takes unchanged, with values that are not subschemas.
const UNCHANGED = new Set([
  '$ref',
  'title',
  'description',
  'multipleOf',
  'maximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'format',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'example',
  'discriminator',
  'xml',
  'externalDocs',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const CONDITION = new Set(['if', 'then', 'else']);
const EXCLUSIVE_BOUNDS: ReadonlyMap<string, string> = new Map([
  ['exclusiveMinimum', 'minimum'],
  ['exclusiveMaximum', 'maximum'],
]);
// Keywords that only describe: a schema with nothing else is the `{ "type": "null" }` branch.
const NON_ASSERTING = new Set(['title', 'description', '$comment']);

/** What one conversion needs to know, and where it leaves what 3.0 cannot enforce. */
export interface Conversion {
  /** The `type` of the component a `$ref` points to. */
  readonly typeOf: (ref: string) => string | undefined;
  /** Conditions dropped anywhere in the component, for its top-level description. */
  readonly conditions: string[];
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 2020-12 numeric exclusive bound that 3.0 can say, having no inclusive one beside it. */
function isExclusiveBound(key: string, value: unknown, schema: JsonSchema): boolean {
  const bound = EXCLUSIVE_BOUNDS.get(key);
  return bound !== undefined && typeof value === 'number' && !(bound in schema);
}

function isNullOnly(schema: unknown): boolean {
  if (!isObject(schema)) {
    return false;
  }
  const type = schema.type;
  const onlyNull = type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
  return onlyNull && Object.keys(schema).every((key) => key === 'type' || NON_ASSERTING.has(key));
}

/**
 * "Only null" in 3.0, which has no null type: `nullable` adds null to a type, and the enum
 * then leaves nothing else. The type is arbitrary; 3.0 wants one next to `nullable`.
 */
function nullOnly(): JsonSchema {
  return { type: 'string', nullable: true, enum: [null] };
}

function withNote(description: unknown, note: string): string {
  return typeof description === 'string' && description !== '' ? `${description} ${note}` : note;
}

/** A type union (`["string", "null"]`) as 3.0 says it: one type, `nullable`, or an `anyOf`. */
function convertType(type: unknown, out: JsonSchema, extraAllOf: JsonSchema[]): void {
  const types = (Array.isArray(type) ? type : [type]) as string[];
  const nullable = types.includes('null');
  const others = types.filter((name) => name !== 'null');
  if (others.length === 0) {
    Object.assign(out, nullOnly());
  } else if (others.length === 1) {
    out.type = others[0];
    if (nullable) out.nullable = true;
  } else {
    extraAllOf.push({
      anyOf: others.map((name) => (nullable ? { type: name, nullable: true } : { type: name })),
    });
  }
}

/**
 * `anyOf: [X, { type: 'null' }]`, the 3.1 way to make an embedded object optional, becomes
 * `type` + `nullable: true` + `allOf: [X]`: the form 3.0 tools read as "X or null", and it
 * keeps the sibling `description` that a bare `$ref` would hide.
 */
function convertUnion(
  key: string,
  members: unknown[],
  conversion: Conversion,
  out: JsonSchema,
  extraAllOf: JsonSchema[],
): void {
  // In `allOf` a null branch means "must be null": no union, nothing to rewrite.
  if (key === 'allOf' || !members.some(isNullOnly)) {
    out[key] = members.map((member) => convertSchema(member, conversion));
    return;
  }
  const rest = members
    .filter((member) => !isNullOnly(member))
    .map((member) => convertSchema(member, conversion));
  if (rest.length !== 1) {
    out[key] = [...rest, nullOnly()];
    return;
  }
  const only = rest[0] as JsonSchema;
  const ref = typeof only.$ref === 'string' ? only.$ref : undefined;
  const type = ref === undefined ? only.type : conversion.typeOf(ref);
  if (typeof type !== 'string') {
    throw new Error(
      `codegen: cannot say "${JSON.stringify(only)} or null" in OpenAPI 3.0 without a single type`,
    );
  }
  if (out.type !== undefined && out.type !== type) {
    throw new Error(
      `codegen: a schema of type ${String(out.type)} allows ${type} or null; cannot convert it`,
    );
  }
  out.type = type;
  out.nullable = true;
  extraAllOf.push(only);
}

/** The meaning of a dropped `if`/`then`/`else`, in words. */
function describeCondition(schema: JsonSchema): string {
  if (typeof schema.description === 'string' && schema.description !== '') {
    return schema.description;
  }
  const parts = [
    `If the value matches ${JSON.stringify(schema.if)}, it must match ${JSON.stringify(schema.then ?? {})}`,
  ];
  if (schema.else !== undefined) parts.push(`otherwise it must match ${JSON.stringify(schema.else)}`);
  return `${parts.join('; ')}.`;
}

/**
 * One JSON Schema 2020-12 schema as an OpenAPI 3.0.3 Schema Object. What 3.0 cannot say is
 * kept as words in `description`, never silently dropped:
 * - type unions with null become `nullable`; `anyOf: [X, null]` becomes `allOf: [X]` + `nullable`;
 * - `const` becomes a one-value `enum`, `examples` its first value as `example`, a numeric
 *   `exclusiveMinimum`/`exclusiveMaximum` the bound plus the 3.0 boolean flag;
 * - `if`/`then`/`else` is dropped and described, here and at the top of the component;
 * - `$comment` becomes the extension `x-comment`; `x-` keywords stay as they are;
 * - any other keyword unknown to 3.0 is dropped and quoted in the description.
 */
export function convertSchema(schema: unknown, conversion: Conversion): JsonSchema {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (!isObject(schema)) {
    throw new Error(`codegen: ${JSON.stringify(schema)} is not a schema`);
  }
  const out: JsonSchema = {};
  const extraAllOf: JsonSchema[] = [];
  const notes: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || UNCHANGED.has(key)) {
      out[key] = value;
    } else if (key === 'type') {
      convertType(value, out, extraAllOf);
    } else if (key === 'const') {
      out.enum = [value];
    } else if (key === '$comment') {
      out['x-comment'] = value;
    } else if (key === 'examples' && Array.isArray(value)) {
      if (value.length > 0) out.example = value[0];
    } else if (isExclusiveBound(key, value, schema)) {
      // 3.0 spells an exclusive bound as the bound plus a boolean flag.
      out[EXCLUSIVE_BOUNDS.get(key) as string] = value;
      out[key] = true;
    } else if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, convertSchema(child, conversion)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      convertUnion(key, value, conversion, out, extraAllOf);
    } else if ((key === 'items' || key === 'not') && isObject(value)) {
      out[key] = convertSchema(value, conversion);
    } else if (key === 'additionalProperties') {
      out[key] = typeof value === 'boolean' ? value : convertSchema(value, conversion);
    } else if (CONDITION.has(key)) {
      // Handled once for the three keywords, below.
    } else {
      notes.push(`OpenAPI 3.0 cannot express \`${key}\`: ${JSON.stringify(value)}.`);
    }
  }
  if ('if' in schema) {
    conversion.conditions.push(describeCondition(schema));
    notes.push('(OpenAPI 3.0 cannot express this condition: it is described, not enforced.)');
  }
  if (extraAllOf.length > 0) {
    out.allOf = [...((out.allOf as JsonSchema[] | undefined) ?? []), ...extraAllOf];
  }
  if (notes.length > 0) {
    out.description = withNote(out.description, notes.join(' '));
  }
  return withoutRefSiblings(out);
}

/** 3.0 ignores every keyword next to a `$ref`; moving the `$ref` into `allOf` keeps them. */
function withoutRefSiblings(schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined || Object.keys(schema).length === 1) {
    return schema;
  }
  const { $ref, allOf, ...siblings } = schema;
  return { ...siblings, allOf: [{ $ref }, ...((allOf as JsonSchema[] | undefined) ?? [])] };
}

/** A component schema in 3.0, with every dropped condition repeated at its top. */
function convertComponent(schema: JsonSchema, typeOf: Conversion['typeOf']): JsonSchema {
  const conversion: Conversion = { typeOf, conditions: [] };
  const converted = convertSchema(schema, conversion);
  for (const condition of conversion.conditions) {
    converted.description = withNote(
      converted.description,
      `OpenAPI 3.0 cannot express a conditional requirement, so a 3.0 validator does not check this one: ${condition}`,
    );
  }
  return converted;
}

/**
 * Converts every `schema` below `node` (parameters and media types), outside
 * `components.schemas`, where the key `schema` is always a Schema Object.
 */
function convertSchemasWithin(node: unknown, typeOf: Conversion['typeOf']): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => convertSchemasWithin(item, typeOf));
  }
  if (!isObject(node)) {
    return node;
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'schema' ? convertComponent(value as JsonSchema, typeOf) : convertSchemasWithin(value, typeOf),
    ]),
  );
}

/** `license.identifier` is 3.1 only; 3.0 links to the license instead. */
function convertInfo(info: JsonSchema): JsonSchema {
  const { summary: _summary, license, ...rest } = info;
  if (!isObject(license)) {
    return rest;
  }
  const { identifier, ...named } = license;
  return {
    ...rest,
    license:
      typeof identifier === 'string' && named.url === undefined
        ? { ...named, url: `https://spdx.org/licenses/${identifier}.html` }
        : named,
  };
}

/** The 3.1 fragment, down-converted to OpenAPI 3.0.3. */
export function openApi30(document: JsonSchema): JsonSchema {
  const { openapi: _version, info, components, ...rest } = document;
  const { schemas, ...otherComponents } = (components ?? {}) as Record<string, JsonSchema>;
  const schemaMap = (schemas ?? {}) as Record<string, JsonSchema>;
  const typeOf = (ref: string): string | undefined => {
    const target = ref.startsWith(SCHEMAS_POINTER) ? schemaMap[ref.slice(SCHEMAS_POINTER.length)] : undefined;
    return typeof target?.type === 'string' ? target.type : undefined;
  };
  return {
    openapi: '3.0.3',
    info: convertInfo(info as JsonSchema),
    ...(convertSchemasWithin(rest, typeOf) as JsonSchema),
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemaMap).map(([name, schema]) => [name, convertComponent(schema, typeOf)]),
      ),
      ...(convertSchemasWithin(otherComponents, typeOf) as JsonSchema),
    },
  };
}
