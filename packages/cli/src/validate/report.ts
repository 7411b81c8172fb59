import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import type { Issue } from '@job-contracts/validators';
import type { ExitCode } from '../exit-codes.js';
import type { InputFormat } from './read.js';

/** An issue of the validators, placed in the source. */
export type ReportIssue = Issue & {
  /** Line of the value at `path`, or of the object that lacks the property. */
  readonly line: number;
  readonly column: number;
};

/** A payload that broke the contract. Valid payloads are only counted. */
export interface ReportPayload {
  readonly file: string;
  /** 0-based position among the payloads of its file (malformed values are not payloads). */
  readonly index: number;
  /** Where the payload starts: for NDJSON, its line. */
  readonly line: number;
  readonly column: number;
  readonly ok: false;
  /** More issues were found than `--max-issues` lets through. */
  readonly truncated: boolean;
  readonly issues: readonly ReportIssue[];
}

/** An input, or part of one, that could not be read. */
export interface ReportError {
  readonly file: string;
  /** Absent when the file as a whole could not be read. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** The counts of one input. */
export interface ReportFile {
  readonly file: string;
  /** How it was read; absent when it could not be opened. */
  readonly format?: InputFormat;
  /** True when every payload was valid and nothing was unreadable. */
  readonly ok: boolean;
  readonly payloads: number;
  readonly valid: number;
  readonly invalid: number;
  readonly errors: number;
}

/** Counts over every input. */
export interface ReportTotals {
  readonly files: number;
  readonly payloads: number;
  readonly valid: number;
  readonly invalid: number;
  readonly errors: number;
}

/**
 * What `validate --format json` prints: one object, at the end. `payloads` lists only the
 * payloads that broke the contract, so it grows with them, not with the input; it is left
 * out under `--summary-only`.
 */
export interface ValidationReport {
  readonly entity: EntityName;
  readonly direction: Direction;
  readonly ok: boolean;
  readonly exitCode: ExitCode;
  readonly files: readonly ReportFile[];
  readonly payloads?: readonly ReportPayload[];
  readonly errors: readonly ReportError[];
  readonly totals: ReportTotals;
}
