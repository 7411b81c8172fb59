import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`);
}

/**
 * The `fixed` groups of `.changeset/config.json`, each as a test of a package name. The
 * changesets tool gives every package of a fixed group the highest bump any of them gets.
 */
export async function fixedGroups(changesetFolder: string): Promise<Array<(name: string) => boolean>> {
  const text = await readFile(join(changesetFolder, 'config.json'), 'utf8').catch(() => undefined);
  const config: unknown = text === undefined ? undefined : JSON.parse(text);
  const fixed =
    typeof config === 'object' && config !== null ? (config as { fixed?: unknown }).fixed : undefined;
  if (!Array.isArray(fixed)) {
    return [];
  }
  return fixed
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) => {
      const patterns = group.filter((entry) => typeof entry === 'string').map(globToRegExp);
      return (name: string) => patterns.some((pattern) => pattern.test(name));
    });
}
