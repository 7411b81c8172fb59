import type { OpenApiFragment } from './fragment.js';
import { deepFreeze } from './freeze.js';
import { openapi30Document, openapi31Document } from './generated/documents.js';

/**
 * The OpenAPI 3.1 fragment: the same document as `@job-contracts/openapi/openapi.3.1.json`.
 * Deeply frozen; `structuredClone` it to get a copy you can change.
 *
 * @example
 * import { openapi31 } from '@job-contracts/openapi';
 *
 * openapi31.components.schemas.JobRequest; // the JSON Schema of a job request
 */
export const openapi31: OpenApiFragment = deepFreeze(openapi31Document);

/**
 * The OpenAPI 3.0.3 fragment, for tools that do not read 3.1: the same document as
 * `@job-contracts/openapi/openapi.3.0.json`. What 3.0 cannot say (a conditional requirement)
 * is in the descriptions, not in the schemas; see the package README. Deeply frozen.
 *
 * @example
 * import { openapi30 } from '@job-contracts/openapi';
 *
 * openapi30.components.schemas.Job.properties; // nullable fields carry `nullable: true`
 */
export const openapi30: OpenApiFragment = deepFreeze(openapi30Document);
