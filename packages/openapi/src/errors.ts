/**
 * Why `mergeInto` refused. Stable: match on these, not on messages.
 *
 * - `OPENAPI_MERGE_COLLISION`: a component, path or operationId of the fragment is taken;
 * - `OPENAPI_MERGE_VERSION_MISMATCH`: the target's `openapi` is not the chosen fragment's version;
 * - `OPENAPI_MERGE_INVALID_DOCUMENT`: the target is not an OpenAPI document;
 * - `OPENAPI_MERGE_INVALID_OPTIONS`: an option has a value it cannot have.
 */
export type OpenApiMergeErrorCode =
  | 'OPENAPI_MERGE_COLLISION'
  | 'OPENAPI_MERGE_VERSION_MISMATCH'
  | 'OPENAPI_MERGE_INVALID_DOCUMENT'
  | 'OPENAPI_MERGE_INVALID_OPTIONS';

/** A name of the fragment that the target document already uses. */
export interface MergeCollision {
  /** What collides: a component (of any section), a path, or an operationId. */
  readonly kind: 'component' | 'path' | 'operationId';
  /** The name as the fragment would add it: `Job` (after any prefix), `/api/Jobs`, `createJob`. */
  readonly name: string;
  /** RFC 6901 JSON Pointer to what is already there, in the target document. */
  readonly pointer: string;
}

/**
 * Thrown by `mergeInto`, which never merges partly: the target is left as it was.
 *
 * @example
 * try {
 *   mergeInto(service, { prefix: 'Jc' });
 * } catch (error) {
 *   if (error instanceof OpenApiMergeError && error.code === 'OPENAPI_MERGE_COLLISION') {
 *     console.error(error.collisions.map((collision) => collision.pointer));
 *   }
 * }
 */
export class OpenApiMergeError extends Error {
  /** Stable code; see {@link OpenApiMergeErrorCode}. */
  readonly code: OpenApiMergeErrorCode;
  /** Every collision, for `OPENAPI_MERGE_COLLISION`; empty otherwise. */
  readonly collisions: readonly MergeCollision[];

  constructor(code: OpenApiMergeErrorCode, message: string, collisions: readonly MergeCollision[] = []) {
    super(message);
    this.name = 'OpenApiMergeError';
    this.code = code;
    this.collisions = collisions;
  }
}
