// `diff` and `changeset` on copies of the published documents: what a CI job or a release
// engineer sees for a breaking change, a compatible one and none, and on bad input.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from './support/io.js';

const published = dirname(
  createRequire(import.meta.url).resolve('@job-contracts/schemas/json/job.request.json'),
);
const scratch = mkdtempSync(join(tmpdir(), 'job-contracts-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/** A fresh copy of the published documents in `name`, with `edit` applied to one of them. */
function variant(name: string, document?: string, edit?: (schema: Json) => void): string {
  const folder = join(scratch, name);
  rmSync(folder, { recursive: true, force: true });
  cpSync(published, folder, { recursive: true });
  if (document !== undefined && edit !== undefined) {
    const file = join(folder, document);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
    edit(schema);
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return folder;
}

function property(schema: Json, name: string): Json {
  return (schema.properties as Record<string, Json>)[name] as Json;
}

/** project.request with `reference_back_office` limited to 50 units instead of 255. */
const tighterKey = (schema: Json): void => {
  property(schema, 'reference_back_office').maxLength = 50;
};

describe('diff', () => {
  let old: string;
  beforeEach(() => {
    old = variant('old');
  });

  it('exits 0 and says so when nothing changed', async () => {
    const result = await run(['diff', old, variant('same')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('no changes\n');
  });

  it('exits 1 on a breaking request change and names it with its rule and pointer', async () => {
    const result = await run(['diff', old, variant('new', 'project.request.json', tighterKey)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'project.request.json /properties/reference_back_office/maxLength [max-length-decreased] breaks senders',
    );
    expect(result.stdout).toMatch(/1 change: 1 breaking, 0 non-breaking; needs a major version/);
  });

  it('exits 0 on a compatible change (the same limit loosened)', async () => {
    const result = await run(['diff', variant('new', 'project.request.json', tighterKey), old]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[max-length-increased]');
    expect(result.stdout).toMatch(/needs a minor version/);
  });

  it('writes one JSON report with the rule, severity, entity, direction and both pointers', async () => {
    const result = await run([
      'diff',
      old,
      variant('new', 'project.request.json', tighterKey),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; bump: string; changes: Json[] };
    expect(report.ok).toBe(false);
    expect(report.bump).toBe('major');
    expect(report.changes).toEqual([
      expect.objectContaining({
        rule: 'max-length-decreased',
        severity: 'breaking',
        entity: 'project',
        direction: 'request',
        document: 'project.request.json',
        oldPath: '/properties/reference_back_office/maxLength',
        newPath: '/properties/reference_back_office/maxLength',
      }),
    ]);
  });

  it('writes Markdown for a pull-request comment', async () => {
    const result = await run([
      'diff',
      old,
      variant('new', 'project.request.json', tighterKey),
      '--format',
      'markdown',
    ]);
    expect(result.stdout).toMatch(/^### Schema changes: 1 breaking, 0 non-breaking/);
    expect(result.stdout).toContain(
      '| `project.request.json` | `/properties/reference_back_office/maxLength` |',
    );
  });

  it('compares a folder at a git revision with the working tree (--base)', async () => {
    const repo = join(scratch, 'repo');
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(join(repo, 'schemas'), { recursive: true });
    cpSync(published, join(repo, 'schemas', 'json'), { recursive: true });
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'release');
    git('tag', 'v1.0.0');
    const file = join(repo, 'schemas', 'json', 'project.request.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
    tighterKey(schema);
    writeFileSync(file, JSON.stringify(schema));

    const result = await run(['diff', '--base', 'v1.0.0'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[max-length-decreased]');

    const unknown = await run(['diff', '--base', 'v9.9.9'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: .*v9\.9\.9.*\nhint: /);
  });

  it.each([
    [['diff'], /nothing to compare/],
    [['diff', 'only-one'], /the new one is missing/],
    [['diff', 'a', 'b', '--base', 'main'], /got two folders/],
    [['diff', 'missing-old', 'missing-new'], /does not exist/],
    [['diff', 'a', 'b', '--format', 'yaml'], /format/],
  ])('refuses %j with one error line and a hint, exit 2', async (argv, message) => {
    const result = await run(argv, { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nhint: .+\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a malformed document as unreadable input (exit 2), naming the file', async () => {
    const broken = variant('broken');
    writeFileSync(join(broken, 'job.request.json'), '{ "type": "object", ');
    const result = await run(['diff', old, broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/job\.request\.json/);
  });
});

describe('changeset', () => {
  let old: string;
  beforeEach(() => {
    old = variant('old');
  });

  it('prints a major changeset for a breaking change, for every named package', async () => {
    const result = await run([
      'changeset',
      old,
      variant('new', 'project.request.json', tighterKey),
      '--dry-run',
      '--package',
      '@job-contracts/schemas',
      '--package',
      '@job-contracts/validators',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^---\n\n"@job-contracts\/schemas": major\n"@job-contracts\/validators": major\n\n---\n/,
    );
    expect(result.stdout).toContain('`project.request.json /properties/reference_back_office/maxLength`');
  });

  it('bumps every public package of the workspace when none is named', async () => {
    const result = await run([
      'changeset',
      variant('new', 'project.request.json', tighterKey),
      old,
      '--dry-run',
    ]);
    expect(result.code).toBe(0);
    const bumped = [...result.stdout.matchAll(/^"(@job-contracts\/[a-z-]+)": (\w+)$/gm)];
    expect(bumped.map(([, name]) => name)).toEqual(
      expect.arrayContaining(['@job-contracts/schemas', '@job-contracts/validators', '@job-contracts/cli']),
    );
    expect(new Set(bumped.map(([, , level]) => level))).toEqual(new Set(['minor']));
  });

  it('writes the changeset to --dir, and nothing when nothing changed', async () => {
    const dir = join(scratch, 'changesets');
    rmSync(dir, { recursive: true, force: true });
    const none = await run([
      'changeset',
      old,
      variant('same'),
      '--dir',
      dir,
      '--package',
      '@job-contracts/schemas',
    ]);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/no changeset needed/);

    const written = await run([
      'changeset',
      old,
      variant('new', 'project.request.json', tighterKey),
      '--dir',
      dir,
      '--package',
      '@job-contracts/schemas',
    ]);
    expect(written.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(readFileSync(join(dir, files[0] as string), 'utf8')).toMatch(
      /^---\n\n"@job-contracts\/schemas": major\n\n---\n/,
    );
  });
});
