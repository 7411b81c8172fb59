import { sameJson } from '../json.js';
import type { RuleId } from '../rules.js';
import { type Context, report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

/** A keyword that bounds a value from above or below; absent means unbounded. */
interface Bound {
  readonly keyword: string;
  readonly side: 'upper' | 'lower';
  /** How the bound reads in a message: `max length`, `minimum`. */
  readonly noun: string;
  /** The values it keeps out, when it tightens: `longer strings`. */
  readonly outliers: string;
  /** Rule when the bound moves so that fewer values pass, and when more do. */
  readonly tighter: RuleId;
  readonly looser: RuleId;
}

const BOUNDS: readonly Bound[] = [
  {
    keyword: 'maxLength',
    side: 'upper',
    noun: 'max length',
    outliers: 'longer strings',
    tighter: 'max-length-decreased',
    looser: 'max-length-increased',
  },
  {
    keyword: 'minLength',
    side: 'lower',
    noun: 'min length',
    outliers: 'shorter strings',
    tighter: 'min-length-increased',
    looser: 'min-length-decreased',
  },
  {
    keyword: 'maximum',
    side: 'upper',
    noun: 'maximum',
    outliers: 'larger numbers',
    tighter: 'maximum-decreased',
    looser: 'maximum-increased',
  },
  {
    keyword: 'minimum',
    side: 'lower',
    noun: 'minimum',
    outliers: 'smaller numbers',
    tighter: 'minimum-increased',
    looser: 'minimum-decreased',
  },
  {
    keyword: 'x-max-nesting',
    side: 'upper',
    noun: 'nesting limit',
    outliers: 'more deeply nested values',
    tighter: 'max-nesting-decreased',
    looser: 'max-nesting-increased',
  },
];

function show(value: number | undefined): string {
  return value === undefined ? 'none' : String(value);
}

function compareBound(bound: Bound, oldValue: unknown, newValue: unknown, context: Context): void {
  if (sameJson(oldValue, newValue)) {
    return;
  }
  const where = subject(context);
  const isBound = (value: unknown): value is number | undefined =>
    value === undefined || (typeof value === 'number' && Number.isFinite(value));
  if (!isBound(oldValue) || !isBound(newValue)) {
    report(context, 'unsupported-change', `${where}: ${bound.keyword} is not a number`, {
      oldSegments: [bound.keyword],
    });
    return;
  }
  // An absent bound is the loosest: +∞ for an upper bound, -∞ for a lower one.
  const unbounded = bound.side === 'upper' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  const before = oldValue ?? unbounded;
  const after = newValue ?? unbounded;
  const tighter = bound.side === 'upper' ? after < before : after > before;
  const consequence = `${bound.outliers} are ${tighter ? 'now rejected' : 'now accepted'}`;
  report(
    context,
    tighter ? bound.tighter : bound.looser,
    `${where}: ${bound.noun} ${show(oldValue)} → ${show(newValue)}; ${consequence}`,
    { oldSegments: [bound.keyword] },
  );
}

/** `maxLength`, `minLength`, `maximum`, `minimum` and `x-max-nesting`. */
export const boundKeywords: KeywordComparer = {
  keywords: BOUNDS.map((bound) => bound.keyword),
  compare(oldSchema, newSchema, context) {
    for (const bound of BOUNDS) {
      compareBound(bound, oldSchema[bound.keyword], newSchema[bound.keyword], context);
    }
  },
};
