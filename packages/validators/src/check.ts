import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import type { Payload } from './bind.js';
import type { GeneratedValidator } from './generated/fast.js';
import {
  type CheckOptions,
  ContractUsageError,
  DEFAULT_MAX_ISSUES,
  type Issue,
  type Result,
} from './issue.js';
import { shortenLists } from './lists.js';
import { validatorsFor } from './registry.js';
import { translate } from './translate.js';

function maxIssuesOf(options: CheckOptions | undefined): number {
  const limit = options?.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ContractUsageError(`maxIssues must be a positive integer, got ${String(limit)}`);
  }
  return limit;
}

function unreadable(error: unknown): Issue {
  const reason =
    error instanceof RangeError ? 'it is too large or too deeply nested' : 'reading it threw an error';
  return { path: '', rule: 'unreadable', message: `the payload could not be checked: ${reason}` };
}

/** True when `validator` accepts `data`; false, never an exception, otherwise. */
export function accepts(validator: GeneratedValidator, data: unknown): boolean {
  try {
    return validator(data);
  } catch {
    return false;
  }
}

/** True when the fast validator of `entity` in `direction` accepts `data`. */
export function passes(entity: EntityName, direction: Direction, data: unknown): boolean {
  return accepts(validatorsFor(entity, direction).fast, data);
}

/** Every issue of a payload the fast validator rejected, at most `limit` of them. */
function explain(
  entity: EntityName,
  direction: Direction,
  data: unknown,
  limit: number,
): { issues: Issue[]; truncated: boolean } {
  const { view, lists } = shortenLists(entity, direction, data, limit);
  const { detailed } = validatorsFor(entity, direction);
  detailed(view);
  const found = translate(detailed.errors ?? [], { entity, direction, data: view }, limit);
  if (found.truncated) {
    return found;
  }

  // Items past the cut of a long list: checked one by one, only the bad ones in detail.
  const issues = found.issues;
  for (const list of lists) {
    const item = validatorsFor(list.entity, direction);
    for (let index = limit; index < list.items.length; index++) {
      const value = list.items[index];
      if (item.fast(value)) {
        continue;
      }
      if (issues.length >= limit) {
        return { issues, truncated: true };
      }
      item.detailed(value);
      const more = translate(
        item.detailed.errors ?? [],
        { entity: list.entity, direction, data: value },
        limit - issues.length,
      );
      issues.push(...more.issues.map((issue) => ({ ...issue, path: `${list.path}/${index}${issue.path}` })));
      if (more.truncated) {
        return { issues, truncated: true };
      }
    }
  }
  return { issues, truncated: false };
}

/**
 * Checks `data` as an `entity` in `direction`: `{ ok: true, value }` when it is valid,
 * `{ ok: false, issues }` otherwise. Never throws for any data; throws
 * `ContractUsageError` only for an unknown entity, direction or option.
 */
export function checkPayload<E extends EntityName, D extends Direction>(
  entity: E,
  direction: D,
  data: unknown,
  options?: CheckOptions,
): Result<Payload<E, D>> {
  const limit = maxIssuesOf(options);
  if (passes(entity, direction, data)) {
    return { ok: true, value: data as Payload<E, D> };
  }
  try {
    const { issues, truncated } = explain(entity, direction, data, limit);
    if (issues.length === 0) {
      return { ok: false, issues: [unreadable(undefined)], truncated: false };
    }
    return { ok: false, issues, truncated };
  } catch (error) {
    return { ok: false, issues: [unreadable(error)], truncated: false };
  }
}
