// Reads a package's `exports` map: which subpaths it offers and what each one is (a module
// with code, a JSON document, or another file such as YAML that is read from disk).

export type EntryKind = 'module' | 'json' | 'asset';

export interface ExportEntry {
  /** The subpath as written in `exports` (`.`, `./runtime`, `./json/*.json`). */
  readonly subpath: string;
  readonly kind: EntryKind;
  /** The first file path the subpath points to, under any condition (`./dist/esm/index.js`). */
  readonly target: string | undefined;
}

function firstTarget(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstTarget(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = firstTarget(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function kindOf(target: string | undefined): EntryKind {
  if (target === undefined || /\.(c|m)?js$/.test(target)) return 'module';
  if (target.endsWith('.json')) return 'json';
  return 'asset';
}

/** The subpaths of an `exports` field; none when the field is absent. */
export function exportEntries(exportsField: unknown): ExportEntry[] {
  if (exportsField === undefined || exportsField === null) return [];
  const isSubpathMap =
    typeof exportsField === 'object' &&
    !Array.isArray(exportsField) &&
    Object.keys(exportsField).every((key) => key.startsWith('.'));
  const map: Record<string, unknown> = isSubpathMap
    ? (exportsField as Record<string, unknown>)
    : { '.': exportsField };
  return Object.entries(map)
    .filter(([, value]) => value !== null)
    .map(([subpath, value]) => {
      const target = firstTarget(value);
      // Conditions (import/require/types) only make sense for code, whatever the extension.
      const kind = typeof value === 'string' ? kindOf(target) : 'module';
      return { subpath, kind, target };
    });
}

/**
 * The concrete subpaths a consumer can write for an entry: the subpath itself, or for a
 * pattern (`./json/*.json`) the first file of `files` that it matches.
 */
export function concreteSubpath(entry: ExportEntry, files: readonly string[]): string | undefined {
  if (!entry.subpath.includes('*')) return entry.subpath;
  if (entry.target === undefined) return undefined;
  const [before = '', after = ''] = entry.target.replace(/^\.\//, '').split('*');
  const match = [...files].sort().find((file) => file.startsWith(before) && file.endsWith(after));
  if (match === undefined) return undefined;
  const star = match.slice(before.length, match.length - after.length);
  return entry.subpath.replace('*', star);
}

/** `@scope/name` + `.` → `@scope/name`; `./runtime` → `@scope/name/runtime`. */
export function specifierOf(name: string, subpath: string): string {
  return subpath === '.' ? name : `${name}/${subpath.replace(/^\.\//, '')}`;
}
