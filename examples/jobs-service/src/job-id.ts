import { guidFormat, NIL_GUID } from '@job-contracts/schemas/runtime';
import { ContractViolationError } from './contract.js';

/**
 * The key a job is stored under: its GUID in lower case, as .NET writes GUIDs. GUIDs are
 * accepted in any case, so `8EBAECAD-…` and `8ebaecad-…` name the same job.
 */
export function jobKey(id: string): string {
  return id.toLowerCase();
}

/** The stored key of a job id from the URL, or `undefined` when it is not a GUID. */
export function parseJobId(raw: unknown): string | undefined {
  return typeof raw === 'string' && guidFormat.validate(raw) ? jobKey(raw) : undefined;
}

/**
 * Like {@link parseJobId}, but a malformed id is a 400 in the `ContractViolation` shape, with
 * the `format` rule the validators use for a bad GUID in a body. The path points into the
 * route parameters (`/id`), not into the body.
 */
export function requireJobId(raw: unknown): string {
  const key = parseJobId(raw);
  if (key === undefined) {
    throw new ContractViolationError({
      issues: [
        {
          path: '/id',
          rule: 'format',
          message: `the id in the URL ${guidFormat.explain(typeof raw === 'string' ? raw : '') ?? 'must be a GUID'}`,
          expected: 'uuid',
        },
      ],
      truncated: false,
    });
  }
  return key;
}

/** True when a client-chosen id means "none": absent, null or the nil GUID (DESIGN rule 4). */
export function isUnsetId(id: string | null | undefined): id is null | undefined {
  return id === undefined || id === null || jobKey(id) === NIL_GUID;
}
