import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { contract, contractValidatorCompiler } from './contract.js';
import { errorHandler } from './errors.js';
import { addJobSchemas, comparisonAjvOptions, jobRequestReference } from './fastify-ajv.js';
import { JobStore } from './job-store.js';
import { jobRoutes } from './routes.js';

export { ContractSchema, type ContractViolation, ContractViolationError, contract } from './contract.js';
export { JOB_PATH, jobPath } from './routes.js';

/** Fastify's own default, stated because the tests and the README rely on it. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_MAX_JOBS = 10_000;
export const DEFAULT_MAX_PAGE_SIZE = 100;

/** Options of {@link buildApp}; every one has a default that suits the example. */
export interface AppOptions {
  /**
   * Fastify's logger option.
   * @defaultValue false
   */
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * The largest body accepted, in bytes; a larger one gets a 413 before it is read.
   * @defaultValue 1 MiB
   */
  readonly bodyLimit?: number;
  /**
   * How many jobs the in-memory store keeps; when full, the oldest is forgotten.
   * @defaultValue 10 000
   */
  readonly maxJobs?: number;
  /**
   * The most jobs one list answer holds.
   * @defaultValue 100
   */
  readonly maxPageSize?: number;
  /**
   * How job bodies are validated: `'contracts'`, by @job-contracts/validators through the
   * validator-compiler hook (the point of this example), or `'fastify-ajv'`, by Fastify's
   * AJV compiling the JSON Schema documents (only for the benchmark's comparison).
   * @defaultValue 'contracts'
   */
  readonly bodyValidation?: 'contracts' | 'fastify-ajv';
}

/**
 * The jobs service, not yet listening: call `listen` (or `inject` in a test). Each call makes
 * an independent instance with its own empty store.
 *
 * @example
 * const app = buildApp({ logger: true });
 * await app.listen({ host: '127.0.0.1', port: 3000 });
 */
export function buildApp(options: AppOptions = {}): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const comparison = options.bodyValidation === 'fastify-ajv';
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Fastify's defaults, stated because the service relies on them: a body holding a
    // __proto__ or constructor.prototype key is refused when parsed, before any code reads it.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ...(comparison ? { ajv: comparisonAjvOptions() } : {}),
  });

  // JSON only. Fastify also parses text/plain, which would hand the validators a string and
  // answer with a less helpful "must be an object" instead of naming the content type.
  app.removeContentTypeParser('text/plain');

  if (comparison) {
    addJobSchemas(app);
  } else {
    app.setValidatorCompiler(contractValidatorCompiler);
  }
  app.setErrorHandler(errorHandler(bodyLimit));
  app.register(jobRoutes, {
    store: new JobStore(options.maxJobs ?? DEFAULT_MAX_JOBS),
    jobBody: comparison ? jobRequestReference : contract('job', 'request'),
    maxPageSize: options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE,
  });
  return app;
}
