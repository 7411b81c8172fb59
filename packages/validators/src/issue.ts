import type { Direction, EntityName, Rule } from '@job-contracts/schemas/runtime';

export { RULES, type Rule } from '@job-contracts/schemas/runtime';

/** What the broken rule expected: a limit, a type or format name, or a list of values or members. */
export type Expected = string | number | readonly string[];

/** One thing wrong with a payload. Plain data: safe to serialize, log and compare. */
export interface Issue {
  /** RFC 6901 JSON Pointer to the offending value, or to the missing property; `""` is the root. */
  readonly path: string;
  readonly rule: Rule;
  /** A sentence a person understands. Never contains the value of a sensitive field. */
  readonly message: string;
  readonly expected?: Expected;
  /** The JSON type of the value that was found (`string`, `number`, `object`…), never the value. */
  readonly received?: string;
}

/** The outcome of checking a payload. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      /** True when there were more issues than `maxIssues` and the rest were left out. */
      readonly truncated: boolean;
    };

/** Options of every check. */
export interface CheckOptions {
  /**
   * The most issues reported for one payload; the rest are counted as `truncated`.
   * @defaultValue 100
   */
  readonly maxIssues?: number;
}

/** Default of {@link CheckOptions.maxIssues}. */
export const DEFAULT_MAX_ISSUES = 100;

/** Thrown by the `assert…` functions when a payload breaks the contract. */
export class ContractError extends Error {
  /** Stable code a caller (or a CLI) can map to a status. */
  readonly code = 'CONTRACT_VIOLATION';
  readonly entity: EntityName;
  readonly direction: Direction;
  readonly issues: readonly Issue[];

  constructor(entity: EntityName, direction: Direction, issues: readonly Issue[]) {
    const listed = issues.map((issue) => `\n  ${issue.path || '(root)'}: ${issue.message}`).join('');
    super(
      `${entity} ${direction} breaks the contract (${issues.length} issue${issues.length === 1 ? '' : 's'}):${listed}`,
    );
    this.name = 'ContractError';
    this.entity = entity;
    this.direction = direction;
    this.issues = issues;
  }
}

/** Thrown for a programming mistake, such as asking for an entity that does not exist. */
export class ContractUsageError extends TypeError {
  readonly code = 'CONTRACT_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'ContractUsageError';
  }
}
