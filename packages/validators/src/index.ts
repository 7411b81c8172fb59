export type { Direction, EntityName } from '@job-contracts/schemas/runtime';
export { DIRECTIONS, ENTITY_NAMES } from '@job-contracts/schemas/runtime';
export type { Asserter, Guard, Parser, Payload } from './bind.js';
export * from './generated/api.js';
export {
  type CheckOptions,
  ContractError,
  ContractUsageError,
  DEFAULT_MAX_ISSUES,
  type Expected,
  type Issue,
  type Result,
  RULES,
  type Rule,
} from './issue.js';
export { type RedactOptions, redact } from './redact.js';
export { isUnsetDate, isUnsetGuid, withoutUnset } from './unset.js';
export { isValid, validate } from './validate.js';
