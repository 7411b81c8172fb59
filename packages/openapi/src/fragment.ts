/** A JSON value, read-only. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A JSON object, read-only. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** The OpenAPI versions this package has a fragment for, as `major.minor`. */
export type OpenApiVersion = '3.1' | '3.0';

/**
 * One of the documents this package ships: `openapi31` or `openapi30`. A fragment, though a
 * valid document on its own: the jobs paths and every payload schema, but no servers and no
 * security, which belong to the service that serves them.
 */
export interface OpenApiFragment {
  /** `3.1.0` or `3.0.3`. */
  readonly openapi: string;
  /** Title, description, license, and `version`: the version of this package. */
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
    readonly license: JsonObject;
  };
  /** The tags the operations use (`Jobs`), each with a description. */
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  /** `/api/Jobs` (list, create) and `/api/Jobs({id})` (read, update). */
  readonly paths: { readonly [path: string]: JsonObject };
  /**
   * `schemas`: every entity in both directions (`JobRequest`, `Job`, `ProjectRequest`,
   * `Project`…), `Issue` and `ContractViolation`; `responses`: the shared 400 and 404.
   */
  readonly components: {
    readonly schemas: { readonly [name: string]: JsonObject };
    readonly responses: { readonly [name: string]: JsonObject };
  };
}
