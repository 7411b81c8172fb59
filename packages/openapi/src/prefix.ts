import type { JsonObject, JsonValue, OpenApiFragment } from './fragment.js';
import { escapeToken, unescapeToken } from './pointer.js';

/** What the fragment adds to a document, with every component renamed. Mutable: a fresh copy. */
export interface PreparedFragment {
  readonly components: Record<string, Record<string, JsonValue>>;
  readonly paths: Record<string, JsonValue>;
  readonly tags: JsonObject[];
}

const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)$/;

function copyWithRefs(value: JsonValue, rewrite: (ref: string) => string): JsonValue {
  if (Array.isArray(value)) {
    return value.map((item: JsonValue) => copyWithRefs(item, rewrite));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const copy: Record<string, JsonValue> = {};
  for (const [key, child] of Object.entries(value as JsonObject)) {
    copy[key] = key === '$ref' && typeof child === 'string' ? rewrite(child) : copyWithRefs(child, rewrite);
  }
  return copy;
}

/**
 * A copy of the fragment's components, paths and tags, where every component is named
 * `prefix + name` and every `$ref` to one of them follows. An empty prefix gives a plain
 * copy: the result of a merge shares nothing with the frozen fragment.
 */
export function prepareFragment(fragment: OpenApiFragment, prefix: string): PreparedFragment {
  const sections = fragment.components as unknown as Record<string, Record<string, JsonValue>>;
  const rewrite = (ref: string): string => {
    const match = COMPONENT_REF.exec(ref);
    const section = match?.[1];
    const name = match?.[2] === undefined ? undefined : unescapeToken(match[2]);
    if (section === undefined || name === undefined || sections[section]?.[name] === undefined) {
      return ref;
    }
    return `#/components/${section}/${escapeToken(prefix + name)}`;
  };
  const components: Record<string, Record<string, JsonValue>> = {};
  for (const [section, entries] of Object.entries(sections)) {
    components[section] = Object.fromEntries(
      Object.entries(entries).map(([name, value]) => [prefix + name, copyWithRefs(value, rewrite)]),
    );
  }
  return {
    components,
    paths: copyWithRefs(fragment.paths, rewrite) as Record<string, JsonValue>,
    tags: fragment.tags.map((tag) => copyWithRefs(tag, rewrite) as JsonObject),
  };
}
