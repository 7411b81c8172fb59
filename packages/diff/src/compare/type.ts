import { sameJson } from '../json.js';
import { type Context, report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

// The kinds of JSON value a `type` can admit. `number` admits integers and fractions, so it is
// two kinds: `integer` alone is then a proper subset of it.
const KINDS = ['null', 'boolean', 'object', 'array', 'string', 'integer', 'fraction'] as const;
type Kind = (typeof KINDS)[number];

const KINDS_OF_TYPE: Readonly<Record<string, readonly Kind[]>> = {
  null: ['null'],
  boolean: ['boolean'],
  object: ['object'],
  array: ['array'],
  string: ['string'],
  integer: ['integer'],
  number: ['integer', 'fraction'],
};

/** The kinds a `type` value admits; undefined when the value is not a valid `type`. */
function kindsOf(type: unknown): Set<Kind> | undefined {
  if (type === undefined) {
    return new Set(KINDS);
  }
  const names = Array.isArray(type) ? type : [type];
  const kinds = new Set<Kind>();
  for (const name of names) {
    const admitted = typeof name === 'string' ? KINDS_OF_TYPE[name] : undefined;
    if (admitted === undefined) {
      return undefined;
    }
    for (const kind of admitted) kinds.add(kind);
  }
  return kinds;
}

function describeType(type: unknown): string {
  if (type === undefined) {
    return 'any type';
  }
  const names = Array.isArray(type) ? type.map(String) : [String(type)];
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function kindNames(kinds: Iterable<Kind>): string {
  const names = [...kinds].map((kind) => (kind === 'fraction' ? 'non-integer numbers' : kind));
  return names.join(', ');
}

function isSubset(a: ReadonlySet<Kind>, b: ReadonlySet<Kind>): boolean {
  return [...a].every((kind) => b.has(kind));
}

/** `type`, compared as the set of JSON values it admits, `integer` being part of `number`. */
export const typeKeyword: KeywordComparer = {
  keywords: ['type'],
  compare(oldSchema, newSchema, context: Context) {
    if (sameJson(oldSchema.type, newSchema.type)) {
      return;
    }
    const oldKinds = kindsOf(oldSchema.type);
    const newKinds = kindsOf(newSchema.type);
    const change = `${describeType(oldSchema.type)} → ${describeType(newSchema.type)}`;
    if (oldKinds === undefined || newKinds === undefined) {
      report(
        context,
        'unsupported-change',
        `${subject(context)}: type ${change} is not a valid JSON Schema type`,
        {
          oldSegments: ['type'],
        },
      );
      return;
    }
    const lost = [...oldKinds].filter((kind) => !newKinds.has(kind));
    const gained = [...newKinds].filter((kind) => !oldKinds.has(kind));
    if (lost.length === 0 && gained.length === 0) {
      return;
    }
    const where = subject(context);
    if (isSubset(newKinds, oldKinds)) {
      report(context, 'type-narrowed', `${where}: type ${change}; ${kindNames(lost)} no longer accepted`, {
        oldSegments: ['type'],
      });
    } else if (isSubset(oldKinds, newKinds)) {
      report(context, 'type-widened', `${where}: type ${change}; ${kindNames(gained)} now accepted`, {
        oldSegments: ['type'],
      });
    } else {
      report(
        context,
        'type-changed',
        `${where}: type ${change}; ${kindNames(lost)} no longer accepted, ${kindNames(gained)} now accepted`,
        { oldSegments: ['type'] },
      );
    }
  },
};
