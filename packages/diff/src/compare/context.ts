import type { Accepts } from '../change.js';
import type { SchemaDocumentEntry, SchemaSet } from '../documents.js';
import { childPointer } from '../pointer.js';
import { RULES, type RuleId } from '../rules.js';

/** A difference found while walking, before it is stamped with its document and severity. */
export interface Finding {
  readonly rule: RuleId;
  readonly accepts: Accepts;
  readonly alwaysBreaking: boolean;
  readonly oldPath: string;
  readonly newPath: string;
  readonly message: string;
}

/** One side of the comparison: the set, and the document the current pointer is into. */
export interface Side {
  readonly set: SchemaSet;
  readonly document: SchemaDocumentEntry;
  /** JSON Pointer of the schema being compared, in `document`. */
  readonly path: string;
}

/**
 * Where in a document a comparison is, when that changes how a change is named: inside an
 * "at least one of" group, or inside the `then` or `if` of a conditional requirement.
 */
export type Scope =
  | { readonly kind: 'plain' }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'condition'; readonly name: string };

/** Everything a keyword comparer needs to know about where it is. */
export interface Context {
  readonly old: Side;
  readonly new: Side;
  /** The property path a person reads (`project.name`, `translations[]`); undefined at the root. */
  readonly label: string | undefined;
  /** How the root is named in messages: `job request`. */
  readonly rootName: string;
  readonly scope: Scope;
  /** Pairs of schemas being compared through `$ref`, so that recursion through cycles stops. */
  readonly following: ReadonlySet<string>;
  readonly findings: Finding[];
}

/** How messages name the current location: `` `project.name` ``, or `the job request`. */
export function subject(context: Context): string {
  return context.label === undefined ? `the ${context.rootName}` : `\`${context.label}\``;
}

/** The label of a property below the current location. */
export function propertyLabel(context: Context, name: string): string {
  return context.label === undefined ? name : `${context.label}.${name}`;
}

/** Options of {@link descend}. */
export interface DescendOptions {
  readonly label?: string | undefined;
  readonly scope?: Scope;
}

/**
 * The context of a subschema: `oldSegments` below the old pointer and `newSegments` below the
 * new one. They differ when a matched entry moved (an `allOf` entry found at another index).
 */
export function descend(
  context: Context,
  oldSegments: ReadonlyArray<string | number>,
  newSegments: ReadonlyArray<string | number> = oldSegments,
  options: DescendOptions = {},
): Context {
  return {
    ...context,
    old: { ...context.old, path: childPointer(context.old.path, ...oldSegments) },
    new: { ...context.new, path: childPointer(context.new.path, ...newSegments) },
    label: 'label' in options ? options.label : context.label,
    scope: options.scope ?? context.scope,
  };
}

/** Options of {@link report}. */
export interface ReportOptions {
  /** Required for rules whose catalog effect is `varies`; overrides nothing else. */
  readonly accepts?: Accepts;
  /** Pointers below the current ones, when the change is to a keyword or a list entry. */
  readonly oldSegments?: ReadonlyArray<string | number>;
  readonly newSegments?: ReadonlyArray<string | number>;
  /** Set when a collapsed comparison below found something the diff cannot vouch for. */
  readonly alwaysBreaking?: boolean;
}

/** Records a finding at the current location. */
export function report(context: Context, rule: RuleId, message: string, options: ReportOptions = {}): void {
  const info = RULES[rule];
  const accepts = options.accepts ?? (info.accepts === 'varies' ? undefined : info.accepts);
  if (accepts === undefined) {
    throw new Error(`rule ${rule} needs an explicit effect`);
  }
  context.findings.push({
    rule,
    accepts,
    alwaysBreaking: options.alwaysBreaking === true || ('alwaysBreaking' in info && info.alwaysBreaking),
    oldPath: childPointer(context.old.path, ...(options.oldSegments ?? [])),
    newPath: childPointer(context.new.path, ...(options.newSegments ?? options.oldSegments ?? [])),
    message,
  });
}

/** The effect of two changes together. */
export function joinAccepts(a: Accepts, b: Accepts): Accepts {
  if (a === b || b === 'same') {
    return a;
  }
  if (a === 'same') {
    return b;
  }
  return 'different';
}

/** The effect seen from the other side: what accepted less now accepts more. */
export function invertAccepts(accepts: Accepts): Accepts {
  if (accepts === 'less') {
    return 'more';
  }
  return accepts === 'more' ? 'less' : accepts;
}

/** The findings of a comparison run on its own, summed up for a caller that reports one change. */
export interface Collapsed {
  readonly findings: readonly Finding[];
  readonly accepts: Accepts;
  readonly alwaysBreaking: boolean;
}

/**
 * Runs `compare` with a fresh list of findings and sums them up. Used where one change stands
 * for many (a `$ref` that points elsewhere, a property added where another schema applied).
 */
export function collapse(context: Context, compare: (inner: Context) => void): Collapsed {
  const inner: Context = { ...context, findings: [] };
  compare(inner);
  return {
    findings: inner.findings,
    accepts: inner.findings.reduce<Accepts>(
      (joined, finding) => joinAccepts(joined, finding.accepts),
      'same',
    ),
    alwaysBreaking: inner.findings.some((finding) => finding.alwaysBreaking),
  };
}

/**
 * A clause naming the first finding of a collapsed comparison that changes what is accepted
 * (a description that changed too is not worth the words), for the summing-up message.
 */
export function firstDifference(collapsed: Collapsed): string {
  const first = collapsed.findings.find((finding) => finding.accepts !== 'same') ?? collapsed.findings[0];
  if (first === undefined) {
    return 'no difference in what they accept';
  }
  const more = collapsed.findings.length - 1;
  return `${first.message}${more > 0 ? ` (and ${more} more difference${more === 1 ? '' : 's'})` : ''}`;
}
