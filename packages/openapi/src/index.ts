// @job-contracts/openapi: the Jobs API contract as OpenAPI 3.1 and 3.0.3 fragments, and a
// helper to merge them into a service's own document.
export { openapi30, openapi31 } from './documents.js';
export { type MergeCollision, OpenApiMergeError, type OpenApiMergeErrorCode } from './errors.js';
export type { JsonObject, JsonValue, OpenApiFragment, OpenApiVersion } from './fragment.js';
export { type MergeOptions, mergeInto, type OpenApiDocumentLike } from './merge.js';
