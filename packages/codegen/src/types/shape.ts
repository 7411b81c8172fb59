import { type Direction, documentFileName, type EntityName } from '@job-contracts/schemas';
import { type JsonSchema, pairs } from '../documents.js';
import { pascalCase, typeName } from '../naming.js';
import { describeProperty, joinParagraphs } from './describe.js';

/**
 * The documents reshaped for json-schema-to-typescript: one `$defs` entry per declaration of
 * the generated file, each titled with its type name, and the order to write them in.
 */
export interface TypeBundle {
  readonly $defs: Readonly<Record<string, JsonSchema>>;
  readonly order: readonly string[];
}

const REF = /^([a-z_]+)\.(request|response)\.json$/;

// Every keyword a property of the documents may carry. Each one is either rendered into the
// type or described in the JSDoc; a keyword not listed fails the build, so that a new limit
// cannot reach the documents and silently miss the types.
const PROPERTY_KEYWORDS = new Set([
  'description',
  'type',
  'enum',
  'anyOf',
  'items',
  '$ref',
  'format',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'readOnly',
  'x-sensitive',
  'x-max-nesting',
  'additionalProperties',
]);

function refTarget(ref: unknown): string {
  const match = typeof ref === 'string' ? REF.exec(ref) : null;
  if (match === null) {
    throw new Error(`codegen: types cannot follow $ref ${String(ref)}`);
  }
  return `#/$defs/${typeName(match[1] as EntityName, match[2] as Direction)}`;
}

/**
 * A property's value as json-schema-to-typescript should type it: only the keywords that
 * make a TypeScript type. A `$ref` to another document points at its declaration by name.
 * An object with no declared properties is an object of any properties, not `{}` (which
 * would also accept a string).
 */
function typeOnly(schema: JsonSchema): JsonSchema {
  for (const keyword of Object.keys(schema)) {
    if (!PROPERTY_KEYWORDS.has(keyword)) {
      throw new Error(`codegen: types do not know the keyword "${keyword}"; describe it in src/types/`);
    }
  }
  const shaped: JsonSchema = {};
  if (schema.$ref !== undefined) shaped.$ref = refTarget(schema.$ref);
  if (schema.type !== undefined) shaped.type = schema.type;
  if (schema.enum !== undefined) shaped.enum = schema.enum;
  if (schema.items !== undefined) shaped.items = typeOnly(schema.items as JsonSchema);
  if (schema.anyOf !== undefined) shaped.anyOf = (schema.anyOf as JsonSchema[]).map(typeOnly);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('object') && schema.properties === undefined) {
    // Only `true` (or absent) reaches here: an object of any properties.
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      throw new Error('codegen: types only know additionalProperties: true on a property');
    }
    shaped.additionalProperties = true;
  }
  return shaped;
}

/** The same value without `null`: what a group member must be to count as given. */
function withoutNull(schema: JsonSchema): JsonSchema {
  const { type, enum: values, anyOf, ...rest } = schema;
  const shaped: JsonSchema = { ...rest };
  if (Array.isArray(type)) {
    const types = type.filter((name) => name !== 'null');
    shaped.type = types.length === 1 ? types[0] : types;
  } else if (type !== undefined) {
    shaped.type = type;
  }
  if (Array.isArray(values)) shaped.enum = values.filter((value) => value !== null);
  if (Array.isArray(anyOf)) {
    const branches = (anyOf as JsonSchema[]).filter((branch) => branch.type !== 'null');
    if (branches.length === 1) Object.assign(shaped, branches[0]);
    else shaped.anyOf = branches;
  }
  return shaped;
}

interface Rules {
  readonly groups: ReadonlyArray<{ name: string; description: string; members: string[] }>;
  readonly conditions: readonly string[];
}

function rulesOf(document: JsonSchema, file: string): Rules {
  const groups: Array<{ name: string; description: string; members: string[] }> = [];
  const conditions: string[] = [];
  for (const rule of (document.allOf ?? []) as JsonSchema[]) {
    if (typeof rule['x-required-group'] === 'string') {
      groups.push({
        name: rule['x-required-group'],
        description: String(rule.description),
        members: (rule.anyOf as Array<{ required: string[] }>).flatMap((branch) => branch.required),
      });
    } else if (typeof rule['x-conditional-required'] === 'string') {
      conditions.push(String(rule.description));
    } else {
      // A rule of a kind nobody taught the generator would vanish from the types unnoticed.
      throw new Error(`codegen: ${file} has an allOf rule that types cannot render: ${JSON.stringify(rule)}`);
    }
  }
  return { groups, conditions };
}

const GROUP_NOTE =
  'The type requires one member to be present and not null; that a string is not blank and a GUID not the nil GUID, only the validators check.';
const CONDITION_NOTE = 'Not expressed in this type (the validators check it):';
const RESPONSE_NOTE =
  'Properties a newer server adds are allowed at run time but are not in this type: it has no index signature, so that a misspelt property is still an error.';

/** The `$defs` of one document: its type, and for a request with groups, its parts. */
function declarationsOf(entity: EntityName, direction: Direction, document: JsonSchema): JsonSchema {
  const file = documentFileName(entity, direction);
  const name = typeName(entity, direction);
  const depth = document['x-max-depth'] as { property: string; limit: number } | undefined;
  const source = document.properties as Record<string, JsonSchema>;
  const properties = Object.fromEntries(
    Object.entries(source).map(([key, property]) => [
      key,
      {
        description: describeProperty(property, depth?.property === key ? { maxDepth: depth.limit } : {}),
        ...typeOnly(property),
      },
    ]),
  );
  const { groups, conditions } = rulesOf(document, file);
  const description = joinParagraphs([
    String(document.description),
    direction === 'response' ? RESPONSE_NOTE : '',
    conditions.length > 0 ? [CONDITION_NOTE, ...conditions.map((rule) => `- ${rule}`)].join('\n') : '',
  ]);
  // Requests are closed (`additionalProperties: false`). Responses accept unknown properties,
  // but are typed closed too: TypeBox's Static has no index signature either, and an index
  // signature would make every misspelt property an `unknown` rather than an error.
  const object = {
    type: 'object',
    properties,
    required: document.required ?? [],
    additionalProperties: false,
  };
  if (groups.length === 0) {
    return { [name]: { title: name, description, ...object } };
  }

  const fields = `${name}Fields`;
  const groupNames = groups.map((group) => `${name}${pascalCase(group.name)}Group`);
  const declarations: JsonSchema = {
    [name]: {
      title: name,
      description: joinParagraphs([
        description,
        `At least one member of each group must be given: ${groupNames.map((group) => `{@link ${group}}`).join(', ')}.`,
      ]),
      // Spelled out rather than an `allOf` of `$ref`s: given one, json-schema-to-typescript
      // declares the named unions again with every type that intersects them.
      tsType: [fields, ...groupNames].join(' & '),
    },
    [fields]: {
      title: fields,
      description: `The properties of a {@link ${name}}, without its "at least one of" groups: every property optional or nullable as the document says. Use \`${name}\` for a complete value.`,
      ...object,
    },
  };
  groups.forEach((group, index) => {
    const groupName = groupNames[index] as string;
    declarations[groupName] = {
      title: groupName,
      description: joinParagraphs([group.description, GROUP_NOTE]),
      anyOf: group.members.map((member) => {
        const property = properties[member];
        if (property === undefined) {
          throw new Error(`codegen: ${file} groups the unknown property ${member}`);
        }
        const { description: _description, ...value } = property;
        return {
          type: 'object',
          properties: { [member]: withoutNull(value) },
          required: [member],
          additionalProperties: false,
        };
      }),
    };
  });
  return declarations;
}

/**
 * Every document as json-schema-to-typescript input: one bundle whose `$defs` are the
 * declarations, in the order of {@link pairs}, each document's type before its parts.
 */
export function typeBundle(documents: ReadonlyMap<string, JsonSchema>): TypeBundle {
  const $defs: Record<string, JsonSchema> = {};
  for (const { entity, direction } of pairs()) {
    const file = documentFileName(entity, direction);
    const document = documents.get(file);
    if (document === undefined) {
      throw new Error(`codegen: ${file} is missing; build @job-contracts/schemas first`);
    }
    Object.assign($defs, declarationsOf(entity, direction, document));
  }
  return { $defs, order: Object.keys($defs) };
}
