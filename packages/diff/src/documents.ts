import type { DocumentDirection } from './change.js';
import { DiffInputError } from './errors.js';
import { isJsonObject } from './json.js';
import { resolvePointer } from './pointer.js';

/**
 * A set of schema documents as a caller gives it: file name (or `$id`) to parsed document.
 * `loadFolder` and `loadGitRef` return one.
 */
export type SchemaSetInput = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

/** One document of a set, with what its file name says about it. */
export interface SchemaDocumentEntry {
  /** The file name, such as `job.request.json`: how documents of two sets are paired. */
  readonly name: string;
  readonly entity: string;
  readonly direction: DocumentDirection;
  readonly document: unknown;
  /** The URI relative references are resolved against: its `$id`, or a `file:` URI of its name. */
  readonly baseUri: string;
}

/** Where a `$ref` lands: a document of the set and a pointer into it. */
export interface RefTarget {
  readonly document: SchemaDocumentEntry;
  readonly pointer: string;
  readonly schema: unknown;
  /** `name#pointer`: equal for two references that land on the same place of a set. */
  readonly identity: string;
}

const FILE_NAME = /^(.+)\.(request|response)\.json$/;

/** Entity and direction from a file name: `job.request.json` is the job, request. */
export function describeFileName(name: string): { entity: string; direction: DocumentDirection } {
  const match = FILE_NAME.exec(name);
  if (match?.[1] !== undefined && (match[2] === 'request' || match[2] === 'response')) {
    return { entity: match[1], direction: match[2] };
  }
  return { entity: name.replace(/\.json$/, ''), direction: 'unknown' };
}

/** The last path segment of a key, so that a set keyed by `$id` pairs with one keyed by file name. */
function fileNameOf(key: string): string {
  const withoutFragment = key.split('#')[0] ?? key;
  const segments = withoutFragment.split(/[/\\]/);
  return segments[segments.length - 1] ?? withoutFragment;
}

/** A set of documents, indexed for pairing and for resolving `$ref`. */
export class SchemaSet {
  readonly #byName = new Map<string, SchemaDocumentEntry>();
  readonly #byUri = new Map<string, SchemaDocumentEntry>();

  constructor(input: SchemaSetInput) {
    const entries = input instanceof Map ? [...input.entries()] : Object.entries(input);
    for (const [key, document] of entries) {
      this.#add(fileNameOf(key), document);
    }
  }

  #add(name: string, document: unknown): void {
    if (!isJsonObject(document) && typeof document !== 'boolean') {
      throw new DiffInputError(
        'not-a-schema',
        `${name} is not a JSON Schema: expected an object or a boolean`,
      );
    }
    if (this.#byName.has(name)) {
      throw new DiffInputError('invalid-argument', `two documents of one set are named ${name}`);
    }
    const fileUri = `file:///${encodeURIComponent(name)}`;
    const id = isJsonObject(document) && typeof document.$id === 'string' ? document.$id : undefined;
    const entry: SchemaDocumentEntry = {
      name,
      ...describeFileName(name),
      document,
      baseUri: id !== undefined && URL.canParse(id) ? id : fileUri,
    };
    this.#byName.set(name, entry);
    this.#byUri.set(entry.baseUri, entry);
    this.#byUri.set(fileUri, entry);
  }

  /** The file names, sorted. */
  names(): string[] {
    return [...this.#byName.keys()].sort();
  }

  get(name: string): SchemaDocumentEntry | undefined {
    return this.#byName.get(name);
  }

  /**
   * Where `ref`, written in document `from`, lands. A reference resolves against the
   * document's `$id`; when no document has the resulting URI, one whose file name is the
   * URI's last segment is taken (sets loaded from disk need not agree with `$id`s). Only
   * JSON Pointer fragments are understood; anything else does not resolve.
   */
  resolve(ref: string, from: SchemaDocumentEntry): RefTarget | undefined {
    if (!URL.canParse(ref, from.baseUri)) {
      return undefined;
    }
    const url = new URL(ref, from.baseUri);
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const document =
      this.#byUri.get(url.href) ?? this.#byName.get(decodeURIComponent(fileNameOf(url.pathname)));
    if (document === undefined || (fragment !== '' && !fragment.startsWith('/'))) {
      return undefined;
    }
    const schema = resolvePointer(document.document, fragment);
    if (schema === undefined) {
      return undefined;
    }
    return { document, pointer: fragment, schema, identity: `${document.name}#${fragment}` };
  }
}
