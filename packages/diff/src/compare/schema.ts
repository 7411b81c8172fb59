import type { RefTarget } from '../documents.js';
import { isJsonObject, type JsonObject, preview, sameJson } from '../json.js';
import { annotationKeywords } from './annotations.js';
import { boundKeywords } from './bounds.js';
import { allOfKeyword, anyOfKeyword } from './composition.js';
import { conditionalKeywords } from './conditional.js';
import { type Context, collapse, firstDifference, report, type Side, subject } from './context.js';
import { definitionsKeyword } from './definitions.js';
import { maxDepthKeyword } from './depth.js';
import type { KeywordComparer } from './keyword.js';
import { itemsKeyword, objectKeywords } from './object.js';
import { isOpenSchema } from './open.js';
import { stringKeywords } from './strings.js';
import { typeKeyword } from './type.js';
import { valueKeywords } from './values.js';

const COMPARERS: readonly KeywordComparer[] = [
  annotationKeywords,
  typeKeyword,
  boundKeywords,
  valueKeywords,
  stringKeywords,
  objectKeywords,
  itemsKeyword,
  anyOfKeyword,
  allOfKeyword,
  conditionalKeywords,
  maxDepthKeyword,
  definitionsKeyword,
];

/** Every keyword the diff understands: the keywords of the emitted documents, and a few close kin. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  ...COMPARERS.flatMap((comparer) => comparer.keywords),
]);

/**
 * Keywords whose meaning depends on their neighbours (`unevaluatedProperties` on which
 * properties were evaluated, `$anchor` and `$id` on how references resolve). Unchanged, they
 * still make any change beside them one the diff cannot vouch for.
 */
const CONTEXT_DEPENDENT = [
  'unevaluatedProperties',
  'unevaluatedItems',
  'patternProperties',
  'prefixItems',
  'additionalItems',
  'contains',
  'minContains',
  'maxContains',
  'dependentSchemas',
  '$id',
  '$schema',
  '$anchor',
  '$dynamicAnchor',
  '$dynamicRef',
  '$recursiveRef',
  '$recursiveAnchor',
  '$vocabulary',
];

/** True when `schema` holds a `$ref` and nothing that validates beside it. */
function isBareReference(schema: JsonObject): boolean {
  const { $ref: _ref, ...siblings } = schema;
  return isOpenSchema(siblings);
}

function describeReference(schema: JsonObject): string {
  return typeof schema.$ref === 'string' ? `$ref ${preview(schema.$ref)}` : 'an inline schema';
}

/** The schema a side stands for: the target of its `$ref`, or itself. */
function followed(
  schema: JsonObject,
  target: RefTarget | undefined,
  side: Side,
): { schema: unknown; side: Side } {
  if (target === undefined) {
    return { schema, side };
  }
  return { schema: target.schema, side: { ...side, document: target.document, path: target.pointer } };
}

/**
 * Handles `$ref` on either side. Two references to the same place are left alone (the target
 * is compared where it is defined, once). Otherwise the targets are compared in full, as one
 * `ref-target-changed` change; pairs already being compared are skipped, which ends recursion
 * through cycles (`_parent_job` refers to its own document). Returns true when nothing is left
 * to compare at this schema.
 */
function compareReferences(oldSchema: JsonObject, newSchema: JsonObject, context: Context): boolean {
  const where = subject(context);
  const resolve = (schema: JsonObject, side: Side): RefTarget | undefined =>
    typeof schema.$ref === 'string' ? side.set.resolve(schema.$ref, side.document) : undefined;
  const oldTarget = resolve(oldSchema, context.old);
  const newTarget = resolve(newSchema, context.new);
  const hasRef = (schema: JsonObject): boolean => Object.hasOwn(schema, '$ref');

  if (hasRef(newSchema) && newTarget === undefined) {
    report(
      context,
      'ref-unresolved',
      `${where}: ${describeReference(newSchema)} resolves to nothing in the new documents`,
      {
        oldSegments: ['$ref'],
      },
    );
    return true;
  }
  if (hasRef(oldSchema) && oldTarget === undefined) {
    report(
      context,
      'ref-target-changed',
      `${where}: ${describeReference(oldSchema)} resolved to nothing in the old documents, so the two cannot be compared`,
      {
        accepts: 'different',
        alwaysBreaking: true,
        oldSegments: ['$ref'],
      },
    );
    return true;
  }
  if (oldTarget !== undefined && newTarget !== undefined && oldTarget.identity === newTarget.identity) {
    return false;
  }
  if (
    (hasRef(oldSchema) && !isBareReference(oldSchema)) ||
    (hasRef(newSchema) && !isBareReference(newSchema))
  ) {
    report(
      context,
      'unsupported-change',
      `${where}: a $ref with validating keywords beside it changed target`,
      {
        oldSegments: ['$ref'],
      },
    );
    return true;
  }

  const oldKey = oldTarget?.identity ?? `${context.old.document.name}#${context.old.path}`;
  const newKey = newTarget?.identity ?? `${context.new.document.name}#${context.new.path}`;
  const pair = `${oldKey} ${newKey}`;
  if (context.following.has(pair)) {
    return true;
  }
  const before = followed(oldSchema, oldTarget, context.old);
  const after = followed(newSchema, newTarget, context.new);
  const compared = collapse(context, (inner) =>
    compareSchemas(before.schema, after.schema, {
      ...inner,
      old: before.side,
      new: after.side,
      following: new Set([...context.following, pair]),
    }),
  );
  report(
    context,
    'ref-target-changed',
    `${where}: ${describeReference(oldSchema)} → ${describeReference(newSchema)}; ${firstDifference(compared)}`,
    { accepts: compared.accepts, alwaysBreaking: compared.alwaysBreaking, oldSegments: ['$ref'] },
  );
  if (hasRef(oldSchema) && hasRef(newSchema)) {
    annotationKeywords.compare(oldSchema, newSchema, context, compareSchemas);
  }
  return true;
}

function compareUnsupported(
  oldSchema: JsonObject,
  newSchema: JsonObject,
  context: Context,
  foundBefore: number,
): void {
  const keywords = [...new Set([...Object.keys(oldSchema), ...Object.keys(newSchema)])];
  const where = subject(context);
  for (const keyword of keywords) {
    if (!SUPPORTED_KEYWORDS.has(keyword) && !sameJson(oldSchema[keyword], newSchema[keyword])) {
      report(
        context,
        'unsupported-change',
        `${where}: keyword "${keyword}" changed (${preview(oldSchema[keyword], 30)} → ${preview(newSchema[keyword], 30)}); the diff does not understand it`,
        { oldSegments: [keyword] },
      );
    }
  }
  const bystander = CONTEXT_DEPENDENT.find(
    (keyword) =>
      (Object.hasOwn(oldSchema, keyword) || Object.hasOwn(newSchema, keyword)) &&
      sameJson(oldSchema[keyword], newSchema[keyword]),
  );
  if (bystander !== undefined && context.findings.length > foundBefore) {
    report(
      context,
      'unsupported-change',
      `${where}: "${bystander}" may change meaning with the changes beside it; the diff cannot tell how`,
      { oldSegments: [bystander] },
    );
  }
}

/**
 * Compares two schemas keyword by keyword and records what changed in `context.findings`.
 * `true` and `{}` are the same schema; `false` accepts nothing.
 */
export function compareSchemas(oldSchema: unknown, newSchema: unknown, context: Context): void {
  // Identical text means identical meaning only when relative references resolve alike, that
  // is, within documents of the same name.
  if (context.old.document.name === context.new.document.name && sameJson(oldSchema, newSchema)) {
    return;
  }
  if (oldSchema === false || newSchema === false) {
    if (oldSchema !== newSchema) {
      const closed = newSchema === false;
      report(
        context,
        closed ? 'false-schema-added' : 'false-schema-removed',
        `${subject(context)} ${closed ? 'now accepts no value at all' : 'accepts values again (was false)'}`,
      );
    }
    return;
  }
  const before = oldSchema === true ? {} : oldSchema;
  const after = newSchema === true ? {} : newSchema;
  if (!isJsonObject(before) || !isJsonObject(after)) {
    report(
      context,
      'unsupported-change',
      `${subject(context)}: ${preview(oldSchema, 30)} → ${preview(newSchema, 30)} is not a schema`,
    );
    return;
  }

  const foundBefore = context.findings.length;
  if (
    (Object.hasOwn(before, '$ref') || Object.hasOwn(after, '$ref')) &&
    compareReferences(before, after, context)
  ) {
    return;
  }
  for (const comparer of COMPARERS) {
    if (
      comparer.keywords.some((keyword) => Object.hasOwn(before, keyword) || Object.hasOwn(after, keyword))
    ) {
      comparer.compare(before, after, context, compareSchemas);
    }
  }
  compareUnsupported(before, after, context, foundBefore);
}
