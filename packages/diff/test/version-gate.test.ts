// The version gate on fabricated repositories: a release snapshot, current documents,
// pending changesets, and the script CI runs.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkVersionGate, writeReleaseSnapshot } from '../src/index.js';
import { document, type Schema } from './support/documents.js';
import { temporaryFolder } from './support/folders.js';
import { commitAll } from './support/git.js';

const SCRIPT = fileURLToPath(new URL('../../../scripts/version-gate.mjs', import.meta.url));

let repository: ReturnType<typeof temporaryFolder>;

function write(path: string, content: unknown): void {
  const file = join(repository.path, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
}

const released: Schema = {
  properties: { name: { type: 'string', maxLength: 255 } },
  additionalProperties: false,
};
const widened: Schema = {
  properties: { name: { type: 'string', maxLength: 255 }, note: { type: ['string', 'null'] } },
  additionalProperties: false,
};
const narrowed: Schema = {
  properties: { name: { type: 'string', maxLength: 50 } },
  additionalProperties: false,
};

/** The current documents: a job request of the given shape and a fixed job response. */
function current(request: Schema): void {
  write('schemas/json/job.request.json', document(request, 'job'));
  write('schemas/json/job.response.json', document({}, 'job', 'response'));
}

function changeset(name: string, releases: Record<string, string>): void {
  const lines = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  write(`.changeset/${name}.md`, `---\n${lines.join('\n')}\n---\n\nSay what changed.\n`);
}

beforeEach(() => {
  repository = temporaryFolder();
  write('pnpm-workspace.yaml', 'packages:\n  - schemas\n  - "packages/*"\n');
  write('package.json', { name: 'root', private: true });
  write('schemas/package.json', { name: '@job-contracts/schemas', version: '1.2.0' });
  write('packages/cli/package.json', { name: '@job-contracts/cli', version: '1.2.0' });
  write('packages/codegen/package.json', { name: '@job-contracts/codegen', private: true });
  write('.changeset/config.json', { fixed: [['@job-contracts/*']] });
  write('.changeset/README.md', '# Changesets\n');
  current(released);
});

afterEach(() => {
  repository.remove();
});

async function gate(options: { base?: string } = {}) {
  return checkVersionGate({ root: repository.path, ...options });
}

describe('checkVersionGate', () => {
  it('passes, saying why, before the first release', async () => {
    const result = await gate();

    expect(result.ok).toBe(true);
    expect(result.baseline).toBeUndefined();
    expect(result.report).toMatch(/^version gate: passed: there is no release yet/);
  });

  it('passes when the documents are those of the release', async () => {
    await writeReleaseSnapshot({ root: repository.path });

    const result = await gate();

    expect(result.ok).toBe(true);
    expect(result.report).toBe(
      'version gate: passed: the schema documents are those of release 1.2.0 (schemas/released/json).\n',
    );
  });

  it('passes a compatible change without any changeset', async () => {
    await writeReleaseSnapshot({ root: repository.path });
    current(widened);

    const result = await gate();

    expect(result.ok).toBe(true);
    expect(result.bump).toBe('minor');
  });

  it('fails a breaking change without a major changeset, naming the change and what to do', async () => {
    await writeReleaseSnapshot({ root: repository.path });
    current(narrowed);
    changeset('small-fix', { '@job-contracts/schemas': 'minor' });

    const result = await gate();

    expect(result.ok).toBe(false);
    expect(result.report).toContain(
      'version gate: failed: 1 breaking change(s) since release 1.2.0 (schemas/released/json), but no pending changeset bumps the public packages to major.',
    );
    expect(result.report).toContain(
      '  job.request.json /properties/name/maxLength [max-length-decreased] breaks senders:',
    );
    expect(result.report).toContain(
      'node packages/cli/bin/job-contracts.js changeset schemas/released/json schemas/json',
    );
  });

  it('passes a breaking change when one package of the fixed group goes major', async () => {
    await writeReleaseSnapshot({ root: repository.path });
    current(narrowed);
    changeset('break', { '@job-contracts/cli': 'major' });

    const result = await gate();

    expect(result.ok).toBe(true);
    expect(result.majorPackages).toEqual(['@job-contracts/cli', '@job-contracts/schemas']);
  });

  it('without a fixed group, wants every public package bumped to major', async () => {
    write('.changeset/config.json', { fixed: [] });
    await writeReleaseSnapshot({ root: repository.path });
    current(narrowed);
    changeset('break', { '@job-contracts/schemas': 'major', '@job-contracts/codegen': 'major' });

    const partly = await gate();
    changeset('break-cli', { '@job-contracts/cli': 'major' });
    const fully = await gate();

    expect(partly.ok).toBe(false);
    expect(partly.report).toContain('no pending changeset bumps @job-contracts/cli to major');
    expect(fully.ok).toBe(true);
  });

  it('warns about a changeset it cannot read, and does not count it', async () => {
    await writeReleaseSnapshot({ root: repository.path });
    current(narrowed);
    write('.changeset/mangled.md', '---\n\n## "@job-contracts/schemas": major\n\nBreak it.\n');

    const result = await gate();

    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['.changeset/mangled.md: no front matter between two "---" lines']);
    expect(result.report).toContain('warning: .changeset/mangled.md: no front matter');
  });

  it('compares with a git revision when given one', async () => {
    commitAll(repository.path);
    current(narrowed);

    const result = await gate({ base: 'HEAD' });

    expect(result.ok).toBe(false);
    expect(result.baseline).toBe('schemas/json at HEAD');
    expect(result.report).toContain('changeset --base HEAD schemas/json');
  });
});

describe('writeReleaseSnapshot', () => {
  it('replaces the snapshot with the current documents and records the version', async () => {
    write('schemas/released/json/stale.request.json', document({}, 'stale'));

    const written = await writeReleaseSnapshot({ root: repository.path });

    expect(written).toEqual({ files: 2, version: '1.2.0' });
    expect(readdirSync(join(repository.path, 'schemas/released/json'))).toEqual([
      'job.request.json',
      'job.response.json',
    ]);
    expect(JSON.parse(readFileSync(join(repository.path, 'schemas/released/release.json'), 'utf8'))).toEqual({
      version: '1.2.0',
    });
  });
});

describe('scripts/version-gate.mjs', () => {
  function runScript(...args: string[]) {
    return spawnSync(process.execPath, [SCRIPT, '--root', repository.path, ...args], { encoding: 'utf8' });
  }

  it('exits 0 when the gate passes, 1 when it fails, 2 when it cannot run', async () => {
    await writeReleaseSnapshot({ root: repository.path });

    const passed = runScript();
    current(narrowed);
    const failed = runScript();
    const unreadable = runScript('--base', 'no-such-tag');
    const misused = runScript('--bse', 'x');

    expect([passed.status, passed.stdout]).toEqual([0, expect.stringMatching(/^version gate: passed/)]);
    expect([failed.status, failed.stderr]).toEqual([1, expect.stringMatching(/^version gate: failed/)]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/^error: git /);
    expect(misused.status).toBe(2);
    expect(misused.stderr).toMatch(/^error: .*--bse/);
  });
});
