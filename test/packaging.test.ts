// Every public package, packed as a release packs it, passes publint (strict) and
// @arethetypeswrong, and declares what a consumer and a registry rely on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTypes } from './support/attw.js';
import { type PackedPackage, packPackage } from './support/pack.js';
import {
  DEPENDENCY_FIELDS,
  isPublicPackageFolder,
  publicPackages,
  ROOT,
  readManifest,
  workspacePackages,
} from './support/workspace.js';

const packages = publicPackages();
const packed = new Map<string, PackedPackage>();
let destination: string;

beforeAll(async () => {
  destination = mkdtempSync(join(tmpdir(), 'job-contracts-pack-'));
  for (const pkg of packages) {
    packed.set(pkg.name, await packPackage(pkg, destination));
  }
}, 180_000);

afterAll(() => {
  if (destination !== undefined) rmSync(destination, { recursive: true, force: true });
});

function tarballOf(name: string): PackedPackage {
  const found = packed.get(name);
  if (found === undefined) throw new Error(`${name} was not packed`);
  return found;
}

describe('the public packages', () => {
  it('are found in the workspace', () => {
    const names = packages.map((pkg) => pkg.name);
    expect(names).toContain('@job-contracts/schemas');
    expect(names).toContain('@job-contracts/cli');
    expect(names).not.toContain('@job-contracts/codegen');
  });

  it('live under schemas/ or packages/ (anything else public is a forgotten "private": true)', () => {
    const misplaced = packages.filter((pkg) => !isPublicPackageFolder(pkg.relativeDir));
    expect(misplaced.map((pkg) => `${pkg.name} in ${pkg.relativeDir}`)).toEqual([]);
  });

  it('are devDependencies of these tests, so turbo builds them before the tests run', () => {
    const own = readManifest(join(ROOT, 'test'));
    const missing = packages
      .filter((pkg) => own.devDependencies?.[pkg.name] !== 'workspace:*')
      .map((pkg) => `"${pkg.name}": "workspace:*" is missing from test/package.json devDependencies`);
    expect(missing).toEqual([]);
  });

  it('agree on repository: either none declares it or all do', () => {
    const declaring = packages.filter((pkg) => pkg.manifest.repository !== undefined);
    if (declaring.length > 0) {
      expect(packages.filter((pkg) => pkg.manifest.repository === undefined).map((pkg) => pkg.name)).toEqual(
        [],
      );
    }
  });

  it('share one version (they are one fixed changeset group)', () => {
    expect(new Set(packages.map((pkg) => pkg.manifest.version)).size).toBe(1);
  });
});

// attw builds TypeScript programs for four resolutions: seconds per package on a busy machine.
describe.each(packages.map((pkg) => [pkg.name, pkg] as const))('%s', { timeout: 120_000 }, (name, pkg) => {
  it('declares engines, exports, types, files, sideEffects, license and description', () => {
    const { manifest } = pkg;
    const gaps: string[] = [];
    const engine = manifest.engines?.node;
    const floor = engine === undefined ? undefined : /^>=\s*v?(\d+)/.exec(engine)?.[1];
    if (floor === undefined) gaps.push(`engines.node should be a ">=" range, found ${String(engine)}`);
    else if (Number(floor) > 20) gaps.push(`engines.node ${engine} excludes Node 20, which CI runs`);
    if (typeof manifest.exports !== 'object' || manifest.exports === null || !('.' in manifest.exports)) {
      gaps.push('exports should be a subpath map with a "." entry');
    }
    if (typeof manifest.types !== 'string') gaps.push('types is missing');
    if (!Array.isArray(manifest.files) || manifest.files.length === 0) gaps.push('files is missing');
    if (typeof manifest.sideEffects !== 'boolean' && !Array.isArray(manifest.sideEffects)) {
      gaps.push('sideEffects should be false, true or a list of files');
    }
    if (typeof manifest.license !== 'string' || manifest.license === '') gaps.push('license is missing');
    if (typeof manifest.description !== 'string' || manifest.description.trim() === '') {
      gaps.push('description is missing');
    }
    expect(gaps, `${name}/package.json`).toEqual([]);
  });

  it('ships a README.md with a fenced code example', () => {
    const readme = tarballOf(name).readFile('README.md');
    expect(readme, `${name} publishes no README.md`).toBeDefined();
    const examples = [
      ...(readme ?? '').matchAll(/^```(js|javascript|mjs|cjs|ts|typescript|sh|shell|bash)\n([\s\S]*?)^```/gm),
    ];
    expect(
      examples.some((example) => (example[2] ?? '').trim() !== ''),
      `${name}'s README.md has no fenced js, ts or sh example`,
    ).toBe(true);
  });

  it('publishes real versions instead of workspace: ranges', () => {
    const { manifest } = tarballOf(name);
    const left = DEPENDENCY_FIELDS.flatMap((field) =>
      Object.entries(manifest[field] ?? {})
        .filter(([, range]) => range.startsWith('workspace:'))
        .map(([dependency, range]) => `${field}.${dependency}: ${range}`),
    );
    expect(left).toEqual([]);
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      const internal = workspacePackages().find((candidate) => candidate.name === dependency);
      if (internal !== undefined) expect(range, dependency).toBe(internal.manifest.version);
    }
  });

  it('passes publint in strict mode', async () => {
    const { bytes } = tarballOf(name);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await publint({ pack: { tarball }, strict: true, level: 'suggestion' });
    const lines = result.messages.map(
      (message) =>
        `${message.type} ${message.code}: ${formatMessage(message, result.pkg, { color: false }) ?? ''}`,
    );
    expect(lines).toEqual([]);
  });

  it('has types that resolve under node10, node16 (CJS and ESM) and bundler', async () => {
    const report = await checkTypes(tarballOf(name).contents, tarballOf(name).manifest);
    expect(report.problems).toEqual([]);
    expect(
      report.unusedExceptions.map((exception) => `${exception.kind} ${exception.entrypoint}`),
      'an exception in test/support/attw.ts no longer matches a problem: remove it',
    ).toEqual([]);
  });
});
