import { findCollisions } from './collisions.js';
import { openapi30, openapi31 } from './documents.js';
import { type MergeCollision, OpenApiMergeError } from './errors.js';
import type { OpenApiVersion } from './fragment.js';
import { type PreparedFragment, prepareFragment } from './prefix.js';

/** Options of {@link mergeInto}. */
export interface MergeOptions {
  /**
   * Put in front of every component name the fragment adds (`Jc` → `JcJobRequest`, `JcJob`,
   * `JcIssue`, `JcInvalidJob`…), with every `$ref` of the fragment rewritten to match. Paths,
   * operationIds and tags keep their names. Letters, digits, `.`, `-` and `_` only, as
   * OpenAPI requires of component names.
   * @defaultValue `''`
   */
  readonly prefix?: string;
  /**
   * Which fragment to merge; must be the `major.minor` of the target's `openapi` field.
   * @defaultValue `'3.1'`
   */
  readonly version?: OpenApiVersion;
  /**
   * Whether to add the jobs paths (and their tag). `false` adds only the components, for a
   * service that declares its own operations and wants the schemas to refer to.
   * @defaultValue `true`
   */
  readonly paths?: boolean;
}

/** The least an OpenAPI document has: its version. Anything else is optional to a merge. */
export interface OpenApiDocumentLike {
  readonly openapi: string;
}

type Json = Record<string, unknown>;

const COMPONENT_NAME = /^[A-Za-z0-9._-]*$/;
const VERSIONS: readonly OpenApiVersion[] = ['3.1', '3.0'];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidOptions(message: string): OpenApiMergeError {
  return new OpenApiMergeError('OPENAPI_MERGE_INVALID_OPTIONS', `mergeInto: ${message}`);
}

function readOptions(options: MergeOptions): Required<MergeOptions> {
  // Checked at run time too: JavaScript callers get no help from the types.
  if (typeof options !== 'object' || options === null) {
    throw invalidOptions('options must be an object');
  }
  const { prefix = '', version = '3.1', paths = true } = options;
  if (typeof prefix !== 'string' || !COMPONENT_NAME.test(prefix)) {
    throw invalidOptions(
      `prefix ${JSON.stringify(prefix)} cannot start a component name: use letters, digits, ".", "-" and "_" only`,
    );
  }
  if (!VERSIONS.includes(version)) {
    throw invalidOptions(`version must be '3.1' or '3.0', not ${JSON.stringify(version)}`);
  }
  if (typeof paths !== 'boolean') {
    throw invalidOptions(`paths must be true or false, not ${JSON.stringify(paths)}`);
  }
  return { prefix, version, paths };
}

function checkDocument(document: unknown, version: OpenApiVersion): void {
  if (!isObject(document) || typeof document.openapi !== 'string') {
    throw new OpenApiMergeError(
      'OPENAPI_MERGE_INVALID_DOCUMENT',
      'mergeInto: the target is not an OpenAPI document (an object with an `openapi` version string)',
    );
  }
  for (const key of ['paths', 'components'] as const) {
    const value = document[key];
    if (value !== undefined && !isObject(value)) {
      throw new OpenApiMergeError(
        'OPENAPI_MERGE_INVALID_DOCUMENT',
        `mergeInto: the target's ${key} is not an object`,
      );
    }
  }
  if (document.tags !== undefined && !Array.isArray(document.tags)) {
    throw new OpenApiMergeError(
      'OPENAPI_MERGE_INVALID_DOCUMENT',
      "mergeInto: the target's tags is not an array",
    );
  }
  const actual = /^(\d+)\.(\d+)(?:\.|$)/.exec(document.openapi);
  const majorMinor = actual === null ? undefined : `${actual[1]}.${actual[2]}`;
  if (majorMinor !== version) {
    const hint = VERSIONS.includes(majorMinor as OpenApiVersion)
      ? `pass { version: '${majorMinor}' } to merge the ${majorMinor} fragment`
      : 'this package has fragments for OpenAPI 3.1 and 3.0 only';
    throw new OpenApiMergeError(
      'OPENAPI_MERGE_VERSION_MISMATCH',
      `mergeInto: cannot merge the OpenAPI ${version} fragment into an OpenAPI ${document.openapi} document; ${hint}`,
    );
  }
}

function collisionMessage(collisions: readonly MergeCollision[]): string {
  const count = collisions.length === 1 ? '1 name is' : `${collisions.length} names are`;
  const lines = [`mergeInto: ${count} already taken in the target document:`];
  for (const collision of collisions) {
    lines.push(`  ${collision.kind} ${collision.name} (at ${collision.pointer})`);
  }
  if (collisions.some((collision) => collision.kind === 'component')) {
    lines.push(
      "For components: pass a prefix, such as { prefix: 'Jc' }, to rename every component of the fragment (Job → JcJob) and every $ref to them.",
    );
  }
  if (collisions.some((collision) => collision.kind !== 'component')) {
    lines.push(
      'For paths and operationIds, which keep their names: pass { paths: false } to add only the components, and declare the jobs operations yourself.',
    );
  }
  return lines.join('\n');
}

function section(parent: Json, key: string): Json {
  const existing = parent[key];
  if (isObject(existing)) {
    return existing;
  }
  const created: Json = {};
  parent[key] = created;
  return created;
}

function addTo(target: Json, fragment: PreparedFragment, withPaths: boolean): void {
  const components = section(target, 'components');
  for (const [name, entries] of Object.entries(fragment.components)) {
    Object.assign(section(components, name), entries);
  }
  if (!withPaths) {
    return;
  }
  Object.assign(section(target, 'paths'), fragment.paths);
  // A tag the service already declares is the service's to describe.
  const tags = Array.isArray(target.tags) ? (target.tags as Json[]) : [];
  const named = new Set(tags.map((tag) => tag.name));
  target.tags = [...tags, ...fragment.tags.filter((tag) => !named.has(tag.name))];
}

/**
 * Adds the job-contracts components and the jobs paths to another service's OpenAPI
 * document, and returns the result as a new document: the input is not changed, and the
 * result shares no object with it or with the fragment. The target's `info`, `servers`,
 * `security` and everything else stay as they are (its global `security`, if any, then
 * applies to the jobs operations too).
 *
 * @param document - An OpenAPI 3.1 document, or 3.0 with `{ version: '3.0' }`.
 * @param options - {@link MergeOptions}: `prefix`, `version`, `paths`.
 * @returns A copy of `document` with the fragment merged in.
 * @throws {@link OpenApiMergeError} when a component, path or operationId is already taken
 * (`OPENAPI_MERGE_COLLISION`, listing every one), when the document's `openapi` version is
 * not the fragment's (`OPENAPI_MERGE_VERSION_MISMATCH`), or on a bad argument.
 *
 * @example
 * import { mergeInto } from '@job-contracts/openapi';
 *
 * const merged = mergeInto(
 *   { openapi: '3.1.0', info: { title: 'Planning service', version: '2.4.0' }, paths: {} },
 *   { prefix: 'Jc' },
 * );
 * Object.keys(merged.paths); // ['/api/Jobs', '/api/Jobs({id})'], whose bodies refer to JcJobRequest and JcJob
 */
export function mergeInto<T extends OpenApiDocumentLike>(document: T, options: MergeOptions = {}): T {
  const { prefix, version, paths } = readOptions(options);
  checkDocument(document, version);
  const fragment = prepareFragment(version === '3.0' ? openapi30 : openapi31, prefix);
  const collisions = findCollisions(document as unknown as Json, fragment, paths);
  if (collisions.length > 0) {
    throw new OpenApiMergeError('OPENAPI_MERGE_COLLISION', collisionMessage(collisions), collisions);
  }
  const merged = structuredClone(document) as unknown as Json;
  addTo(merged, fragment, paths);
  return merged as unknown as T;
}
