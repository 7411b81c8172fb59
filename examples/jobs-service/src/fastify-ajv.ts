// The comparison variant used by the benchmark: the same routes, but the job body is
// validated the way a Fastify service usually does it, by Fastify's own AJV compiling the
// JSON Schema documents at start-up. The service itself always uses the contract validators.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ajvOptions, ajvPlugin, formats, SCHEMA_BASE_URI } from '@job-contracts/schemas/runtime';
import type { Issue } from '@job-contracts/validators';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ContractViolation } from './contract.js';

type AjvServerOptions = NonNullable<FastifyServerOptions['ajv']>;
type AjvInstance = Parameters<NonNullable<AjvServerOptions['onCreate']>>[0];
type AjvErrors = NonNullable<AjvInstance['errors']>;

/** The body schema of the comparison routes: a reference to the emitted request document. */
export const jobRequestReference = { $ref: `${SCHEMA_BASE_URI}job.request.json` } as const;

/**
 * Fastify's `ajv` server option for the comparison. The rules must mean what they mean to
 * the contract validators, so AJV gets the schemas' own options (no coercion, no defaults, no
 * removal of unknown properties, UTF-16 lengths, own properties only) instead of Fastify's
 * defaults, which coerce types and silently drop unknown properties.
 */
export function comparisonAjvOptions(): AjvServerOptions {
  return {
    customOptions: {
      ...ajvOptions,
      // Fastify's default AJV is the draft-07 class. Every keyword the documents use means
      // the same in draft-07, but the class has no 2020-12 meta-schema to check them against.
      validateSchema: false,
      strictTypes: false,
      // AJV warns that `unicode: false` is deprecated; it is still honoured, and needed.
      logger: false,
    },
    // The schemas' formats and keywords; the depth limits are checked before AJV follows a
    // parent chain, so a 60 000-level `_parent_job` fails at its top instead of overflowing.
    plugins: [ajvPlugin],
    // Formats again in onCreate: Fastify adds ajv-formats after the plugins, and its `uuid`,
    // `date-time` and `email` are not the .NET rules the documents mean.
    onCreate: (ajv) => {
      for (const format of Object.values(formats)) {
        ajv.addFormat(format.name, { type: 'string', validate: format.validate });
      }
    },
  };
}

/** Registers every emitted JSON Schema document, so `$ref`s between them resolve. */
export function addJobSchemas(app: FastifyInstance): void {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve('@job-contracts/schemas/json/job.request.json'));
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    app.addSchema(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
}

/**
 * AJV's errors in the `ContractViolation` shape, as far as they map: AJV names keywords
 * (`additionalProperties`, `pattern`), not the validators' rules, and stops at the first error.
 */
export function violationFromAjv(errors: AjvErrors): ContractViolation {
  return {
    issues: errors.map(
      (error) =>
        ({
          path: error.instancePath,
          rule: error.keyword,
          message: error.message ?? error.keyword,
        }) as unknown as Issue,
    ),
    truncated: false,
  };
}
