// Writing the changeset a diff calls for, reading pending ones, and finding the packages.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import parseWithChangesets from '@changesets/parse';
import { describe, expect, it } from 'vitest';
import {
  type Change,
  changesetFor,
  parseChangeset,
  publicPackageNames,
  readPendingChangesets,
  workspacePackages,
} from '../src/index.js';
import { diffOne } from './support/documents.js';
import { temporaryFolder } from './support/folders.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES = ['@job-contracts/schemas', '@job-contracts/types'];

const breaking = diffOne(
  { properties: { name: { type: 'string', maxLength: 255 }, kind: { enum: ['a'] } } },
  { properties: { name: { type: 'string', maxLength: 50 }, kind: { enum: ['a', '*new* <kind>'] } } },
);
const compatible = diffOne(
  { properties: {}, additionalProperties: false },
  { properties: { note: { type: 'string' } }, additionalProperties: false },
);
const wordsOnly = diffOne({ description: 'Old.' }, { description: 'New.' });

/** What Biome, the repository's formatter, makes of a Markdown text. */
function biomeFormat(text: string): string {
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  return execFileSync(biome, ['format', '--stdin-file-path=change.md'], { input: text, encoding: 'utf8' });
}

describe('changesetFor', () => {
  it('bumps every package to major and lists breaking changes first', () => {
    const changeset = changesetFor(breaking, PACKAGES);

    expect(changeset?.bump).toBe('major');
    expect(changeset?.text).toBe(
      [
        '---',
        '',
        '"@job-contracts/schemas": major',
        '"@job-contracts/types": major',
        '',
        '---',
        '',
        'Change the schema documents incompatibly: 1 breaking change, and 1 compatible change.',
        '',
        'Breaking changes:',
        '',
        '- `thing.request.json /properties/name/maxLength`: `name`: max length 255 → 50; longer strings are now rejected (breaks senders).',
        '',
        'Other changes:',
        '',
        '- `thing.request.json /properties/kind/enum/1`: `kind` now also accepts "\\*new\\* \\<kind\\>".',
        '',
      ].join('\n'),
    );
  });

  it('writes a file the changesets tool reads', () => {
    for (const changes of [breaking, compatible, wordsOnly]) {
      const changeset = changesetFor(changes, PACKAGES);
      const parsed = parseWithChangesets(changeset?.text ?? '');

      expect(parsed.releases).toEqual(PACKAGES.map((name) => ({ name, type: changeset?.bump })));
      expect(parsed.summary.split('\n')[0]).toMatch(/^(Change|Extend|Reword) the schema documents/);
    }
  });

  it('writes a file the repository formatter leaves as it is', () => {
    const text = changesetFor(breaking, PACKAGES)?.text ?? '';

    expect(biomeFormat(text)).toBe(text);
  });

  it('asks for minor when nothing breaks, patch for words only, nothing without changes', () => {
    expect(changesetFor(compatible, PACKAGES)?.bump).toBe('minor');
    expect(changesetFor(wordsOnly, PACKAGES)?.bump).toBe('patch');
    expect(changesetFor([], PACKAGES)).toBeUndefined();
  });

  it('names the file after the changes, so the same diff writes the same file', () => {
    const first = changesetFor(breaking, PACKAGES);
    const again = changesetFor(structuredClone(breaking), ['@job-contracts/types', '@job-contracts/schemas']);

    expect(first?.fileName).toMatch(/^schemas-major-[0-9a-f]{8}\.md$/);
    expect(again).toEqual(first);
    expect(changesetFor(compatible, PACKAGES)?.fileName).not.toBe(first?.fileName);
  });

  it('needs a package to bump', () => {
    expect(() => changesetFor(breaking as Change[], [])).toThrow(/at least one package/);
  });
});

describe('parseChangeset', () => {
  it('reads the releases of a changeset', () => {
    const text = '---\n\'@job-contracts/schemas\': major\n"@job-contracts/cli": patch\n---\n\nSay what.\n';

    expect(parseChangeset('a.md', text)).toEqual({
      file: 'a.md',
      releases: [
        { name: '@job-contracts/schemas', type: 'major' },
        { name: '@job-contracts/cli', type: 'patch' },
      ],
    });
  });

  it('reports front matter a formatter turned into a heading', () => {
    const text = '---\n\n## "@job-contracts/schemas": minor\n\nPublish the documents.\n';

    expect(parseChangeset('broken.md', text).problem).toBe('no front matter between two "---" lines');
  });
});

describe('readPendingChangesets', () => {
  it('reads every changeset of the folder but its README', async () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'README.md'), '# Changesets\n');
      writeFileSync(join(folder.path, 'b.md'), '---\n"@x/a": minor\n---\n\nB.\n');
      writeFileSync(join(folder.path, 'a.md'), '---\n"@x/a": major\n---\n\nA.\n');
      writeFileSync(join(folder.path, 'config.json'), '{}');

      const pending = await readPendingChangesets(folder.path);

      expect(pending.map((changeset) => [changeset.file, changeset.releases[0]?.type])).toEqual([
        ['a.md', 'major'],
        ['b.md', 'minor'],
      ]);
      expect(await readPendingChangesets(join(folder.path, 'missing'))).toEqual([]);
    } finally {
      folder.remove();
    }
  });
});

describe('workspacePackages', () => {
  it('finds the packages of this repository, public and private', async () => {
    const packages = await workspacePackages(ROOT);
    const names = packages.map((found) => found.name);

    expect(names).toContain('@job-contracts/diff');
    expect(packages.find((found) => found.name === '@job-contracts/codegen')?.private).toBe(true);
    expect(await publicPackageNames(ROOT)).toEqual(
      expect.arrayContaining(['@job-contracts/cli', '@job-contracts/diff', '@job-contracts/schemas']),
    );
    expect(await publicPackageNames(ROOT)).not.toContain('@job-contracts/codegen');
  });

  it('reads npm and yarn workspaces when there is no pnpm-workspace.yaml', async () => {
    const folder = temporaryFolder();
    try {
      const write = (path: string, manifest: unknown): void => {
        mkdirSync(join(folder.path, path), { recursive: true });
        writeFileSync(join(folder.path, path, 'package.json'), JSON.stringify(manifest));
      };
      write('.', { name: 'root', private: true, workspaces: ['packages/*', 'tools'] });
      write('packages/one', { name: '@x/one' });
      write('packages/two', { name: '@x/two', private: true });
      write('tools', { name: '@x/tools' });

      expect(await publicPackageNames(folder.path)).toEqual(['@x/one', '@x/tools']);
    } finally {
      folder.remove();
    }
  });
});
