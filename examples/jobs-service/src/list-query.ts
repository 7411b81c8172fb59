import { INT32_MAX } from '@job-contracts/schemas/runtime';
import { DEFAULT_MAX_ISSUES, type Issue } from '@job-contracts/validators';
import { ContractViolationError } from './contract.js';

/** The paging of `GET /api/Jobs`, read from the OData options `$top` and `$skip`. */
export interface Paging {
  /** How many jobs to return at most, before the server's own page-size cap. */
  readonly top: number | undefined;
  readonly skip: number;
}

const PAGING_OPTIONS = ['$top', '$skip'];
// Documented by the fragment, but this example does not evaluate them. Refusing them is
// safer than ignoring them: a client that filters must not get every job back unfiltered.
const UNSUPPORTED_OPTIONS = ['$filter', '$orderby'];
const DIGITS = /^\d{1,10}$/;

function readCount(name: string, raw: unknown, issues: Issue[]): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const path = `/${name}`;
  if (typeof raw !== 'string' || !DIGITS.test(raw)) {
    const message = Array.isArray(raw)
      ? `${name} may be given once`
      : `${name} must be a whole number from 0 to ${INT32_MAX}`;
    issues.push({ path, rule: 'type', message, expected: 'integer' });
    return undefined;
  }
  const value = Number(raw);
  if (value > INT32_MAX) {
    issues.push({
      path,
      rule: 'maximum',
      message: `${name} must be at most ${INT32_MAX}`,
      expected: INT32_MAX,
    });
    return undefined;
  }
  return value;
}

/**
 * The paging of a list request, or a 400 listing every query option that could not be used.
 * Issue paths point into the query (`/$top`).
 */
export function parseListQuery(query: unknown): Paging {
  const options = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const name of Object.keys(options)) {
    if (UNSUPPORTED_OPTIONS.includes(name)) {
      issues.push({
        path: `/${name}`,
        rule: 'unknownProperty',
        message: `${name} is not supported by this example service; page with $top and $skip`,
      });
    } else if (!PAGING_OPTIONS.includes(name)) {
      issues.push({
        path: `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        rule: 'unknownProperty',
        message: 'the list takes only the query options $top and $skip',
        expected: PAGING_OPTIONS,
      });
    }
  }
  const top = readCount('$top', Object.hasOwn(options, '$top') ? options.$top : undefined, issues);
  const skip = readCount('$skip', Object.hasOwn(options, '$skip') ? options.$skip : undefined, issues);
  if (issues.length > 0) {
    // A URL can carry thousands of made-up options: report as many as the validators would.
    const truncated = issues.length > DEFAULT_MAX_ISSUES;
    throw new ContractViolationError({ issues: issues.slice(0, DEFAULT_MAX_ISSUES), truncated });
  }
  return { top, skip: skip ?? 0 };
}
