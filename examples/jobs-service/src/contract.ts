// How request bodies are validated: a route names a contract (entity and direction) as its
// body schema, and Fastify's validator-compiler hook turns that name into the precompiled
// validator of @job-contracts/validators. Fastify never sees the JSON Schema documents, so it
// compiles nothing at start-up and runs no second validator per request.
import type { Direction, EntityName, Issue } from '@job-contracts/validators';
import { validate } from '@job-contracts/validators';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * A route schema that names a contract instead of holding JSON Schema. Being a class
 * instance (not a plain object), Fastify passes it to the validator compiler untouched, as it
 * does for Joi or other non-JSON-Schema validators.
 */
export class ContractSchema {
  constructor(
    readonly entity: EntityName,
    readonly direction: Direction,
  ) {
    Object.freeze(this);
  }
}

/** The body schema of a route that accepts an `entity` payload in `direction`. */
export function contract(entity: EntityName, direction: Direction): ContractSchema {
  return new ContractSchema(entity, direction);
}

/** The body of every 400 answer: the OpenAPI fragment's `ContractViolation`. */
export interface ContractViolation {
  readonly issues: readonly Issue[];
  readonly truncated: boolean;
}

/**
 * A request that breaks the contract. Carries the `ContractViolation` body; `statusCode` lets
 * Fastify (and any error handler that does not know this class) answer 400.
 */
export class ContractViolationError extends Error {
  readonly statusCode: number;
  readonly violation: ContractViolation;

  constructor(violation: ContractViolation, statusCode = 400) {
    super(`the request breaks the contract (${violation.issues.length} issue(s))`);
    this.name = 'ContractViolationError';
    this.statusCode = statusCode;
    this.violation = violation;
  }

  /** One issue about the request as a whole, such as a body that is not JSON. */
  static unreadable(message: string, statusCode = 400): ContractViolationError {
    return new ContractViolationError(
      { issues: [{ path: '', rule: 'unreadable', message }], truncated: false },
      statusCode,
    );
  }
}

/**
 * The validator compiler of the service. Only contract schemas are accepted: a route given
 * plain JSON Schema fails at start-up rather than being compiled with a second set of rules.
 */
export const contractValidatorCompiler: FastifySchemaCompiler<unknown> = ({
  schema,
  method,
  url,
  httpPart,
}) => {
  if (!(schema instanceof ContractSchema)) {
    throw new TypeError(
      `${method} ${url}: the ${httpPart ?? 'request'} schema must be contract(entity, direction); this service validates with @job-contracts/validators only`,
    );
  }
  const { entity, direction } = schema;
  return (data: unknown) => {
    // The validators never throw, whatever `data` is: a hostile body becomes issues, not a 500.
    const result = validate(entity, direction, data);
    return result.ok
      ? { value: result.value }
      : { error: new ContractViolationError({ issues: result.issues, truncated: result.truncated }) };
  };
};
