// Vitest matchers for contract tests. Imports the package's own entry, so the bundle of this
// subpath holds only the matchers, and both share one copy of the validators.
import type {} from 'vitest';
import type { Direction, EntityName, Issue, Rule } from './index.js';
import { validate } from './index.js';

/** The violation `toViolate` expects: a rule, and where (any path when omitted). */
export interface ExpectedViolation {
  readonly rule: Rule;
  readonly path?: string;
}

/** The matchers, as Vitest sees them on `expect(value)`. */
export interface ContractMatchers<R = unknown> {
  /** Passes when the value is a valid `entity` payload in `direction` (request by default). */
  toMatchContract(entity: EntityName, direction?: Direction): R;
  /** Passes when the value breaks `violation.rule` (at `violation.path`, when given). */
  toViolate(entity: EntityName, direction: Direction, violation: ExpectedViolation): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest declares Matchers with `T = any`.
  interface Matchers<T = any> extends ContractMatchers<T> {}
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

function listed(issues: readonly Issue[]): string {
  return issues.map((issue) => `\n  ${issue.path || '(root)'} [${issue.rule}] ${issue.message}`).join('');
}

/**
 * The matchers, to hand to `expect.extend` once, in a setup file or at the top of a test.
 *
 * @example
 * import { expect } from 'vitest';
 * import { contractMatchers } from '@job-contracts/validators/vitest';
 * expect.extend(contractMatchers);
 *
 * expect(body).toMatchContract('job', 'request');
 * expect({ ...body, name: '' }).toViolate('job', 'request', { rule: 'required', path: '/name' });
 */
export const contractMatchers = {
  toMatchContract(received: unknown, entity: EntityName, direction: Direction = 'request'): MatcherResult {
    const result = validate(entity, direction, received);
    return {
      pass: result.ok,
      message: () =>
        result.ok
          ? `expected the value not to be a valid ${entity} ${direction}, but it is`
          : `expected a valid ${entity} ${direction}; found ${result.issues.length} issue(s):${listed(result.issues)}`,
    };
  },

  toViolate(
    received: unknown,
    entity: EntityName,
    direction: Direction,
    violation: ExpectedViolation,
  ): MatcherResult {
    const result = validate(entity, direction, received);
    const issues = result.ok ? [] : result.issues;
    const matches = issues.filter(
      (issue) =>
        issue.rule === violation.rule && (violation.path === undefined || issue.path === violation.path),
    );
    const wanted = `${violation.rule}${violation.path === undefined ? '' : ` at ${violation.path || '(root)'}`}`;
    return {
      pass: matches.length > 0,
      message: () =>
        matches.length > 0
          ? `expected the ${entity} ${direction} not to break ${wanted}, but it does:${listed(matches)}`
          : result.ok
            ? `expected the ${entity} ${direction} to break ${wanted}, but it is valid`
            : `expected the ${entity} ${direction} to break ${wanted}; its issues are:${listed(issues)}`,
    };
  },
};
