// A release rehearsal: every public package is published with `pnpm publish` to a Verdaccio
// registry started for this test, then installed by name into a new project outside the
// workspace, where it is imported, required, type-checked and run as a consumer would.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsumerEntry,
  entriesModule,
  entriesScript,
  entriesTypes,
  installedEntries,
  MATCHERS_TEST,
  USAGE_CJS,
  USAGE_ESM,
  USAGE_TS,
} from './support/consumer.js';
import { describeRun, type RunResult, run, runOk } from './support/exec.js';
import { configuredRegistry, registryEnv } from './support/npm.js';
import { type Registry, startRegistry } from './support/registry.js';
import { DEPENDENCY_FIELDS, publicPackages, ROOT, readManifest } from './support/workspace.js';

const packages = publicPackages();
const names = packages.map((pkg) => pkg.name);
const VALID_PAYLOADS = ['job.minimal.json', 'job.full.json'];
const INVALID_PAYLOAD = 'job.broken.json';

let work: string;
let registry: Registry | undefined;
let consumer: string;
let env: NodeJS.ProcessEnv;
let entries: ConsumerEntry[];

/** The version the workspace pins for a tool the consumer installs too. */
function workspaceVersion(dependency: string, dir: string): string {
  const manifest = readManifest(dir);
  const version = manifest.dependencies?.[dependency] ?? manifest.devDependencies?.[dependency];
  if (version === undefined) throw new Error(`${dir}/package.json does not pin ${dependency}`);
  return version;
}

async function inConsumer(command: string, args: readonly string[]): Promise<RunResult> {
  return run(command, args, { cwd: consumer, env, killAfterMs: 240_000 });
}

async function parsedOutput(command: string, args: readonly string[]): Promise<unknown> {
  const result = await inConsumer(command, args);
  if (result.status !== 0) throw new Error(describeRun(result));
  return JSON.parse(result.stdout);
}

beforeAll(async () => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'job-contracts-registry-')));
  if (`${work}${sep}`.startsWith(`${ROOT}${sep}`)) {
    throw new Error(`the temporary folder ${work} is inside the workspace; set TMPDIR elsewhere`);
  }
  const uplink = await configuredRegistry(work);
  registry = await startRegistry({ dir: work, uplink });

  const userconfig = join(work, 'npmrc');
  const host = registry.url.replace(/^http:/, '');
  writeFileSync(userconfig, `${host}:_authToken=${registry.token}\n`);
  env = registryEnv({ userconfig, cache: join(work, 'npm-cache') });

  // Everything but @job-contracts/* comes through the uplink: without it nothing installs.
  // A few tries: on a loaded machine Verdaccio's first request upstream can fail once.
  let probe: unknown;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    probe = await fetch(`${registry.url}typescript`).catch((error: unknown) => error);
    if (probe instanceof Response && probe.ok) break;
    await sleep(2000);
  }
  if (!(probe instanceof Response) || !probe.ok) {
    const why = probe instanceof Response ? `HTTP ${probe.status}` : String(probe);
    throw new Error(
      `the npm registry ${uplink} (from \`npm config get registry\`) cannot be reached through ` +
        `Verdaccio (${why}); this test needs it for the packages' own dependencies.\n${registry.log()}`,
    );
  }

  for (const pkg of packages) {
    await runOk('pnpm', ['publish', '--registry', registry.url, '--no-git-checks', '--access', 'public'], {
      cwd: pkg.dir,
      env,
      killAfterMs: 180_000,
    });
  }

  consumer = join(work, 'consumer');
  mkdirSync(join(consumer, 'payloads'), { recursive: true });
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'release-rehearsal', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  // engine-strict: every package that installs must accept the Node running this test.
  writeFileSync(join(consumer, '.npmrc'), `registry=${registry.url}\nengine-strict=true\n`);
  for (const file of [...VALID_PAYLOADS, INVALID_PAYLOAD]) {
    copyFileSync(join(ROOT, 'examples', 'payloads', file), join(consumer, 'payloads', file));
  }
  const testsDir = join(ROOT, 'test');
  const fixtures = packages.find((pkg) => pkg.name === '@job-contracts/fixtures');
  const tools = [
    `typescript@${workspaceVersion('typescript', testsDir)}`,
    `@types/node@${workspaceVersion('@types/node', testsDir)}`,
    `vitest@${workspaceVersion('vitest', testsDir)}`,
    `fast-check@${workspaceVersion('fast-check', fixtures?.dir ?? testsDir)}`,
  ];
  await runOk('npm', ['install', '--no-audit', '--no-fund', ...names, ...tools], {
    cwd: consumer,
    env,
    killAfterMs: 480_000,
  });
  entries = installedEntries(consumer, names);
}, 900_000);

afterAll(() => {
  registry?.stop();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

// Each step runs npm, node, tsc or Vitest as a child process: give it room on a busy machine.
describe('published to a local registry and installed by name', { timeout: 240_000 }, () => {
  it('serves each package at its workspace version, with internal ranges made exact', async () => {
    for (const pkg of packages) {
      const response = await fetch(`${registry?.url}${pkg.name.replace('/', '%2f')}`);
      expect(response.status, pkg.name).toBe(200);
      const document = (await response.json()) as {
        'dist-tags': Record<string, string>;
        versions: Record<string, Record<string, Record<string, string> | undefined>>;
      };
      const version = pkg.manifest.version ?? '';
      expect(document['dist-tags'].latest, pkg.name).toBe(version);
      const published = document.versions[version] ?? {};
      for (const field of DEPENDENCY_FIELDS) {
        for (const [dependency, range] of Object.entries(published[field] ?? {})) {
          expect(range, `${pkg.name} ${field}.${dependency}`).not.toMatch(/^workspace:/);
          const internal = packages.find((candidate) => candidate.name === dependency);
          if (internal !== undefined && field === 'dependencies') {
            expect(range, `${pkg.name} → ${dependency}`).toBe(internal.manifest.version);
          }
        }
      }
    }
  });

  it('installs into a project outside the workspace, with a consistent dependency tree', async () => {
    expect(`${consumer}${sep}`.startsWith(`${ROOT}${sep}`)).toBe(false);
    for (const pkg of packages) {
      const installed = readManifest(join(consumer, 'node_modules', ...pkg.name.split('/')));
      expect(installed.version, pkg.name).toBe(pkg.manifest.version);
    }
    const tree = await inConsumer('npm', ['ls', '--all']);
    expect(tree.status, describeRun(tree)).toBe(0);
  });

  it('imports every exported subpath from an ES module, and requires it from CommonJS alike', async () => {
    const specifiers = entries.map((entry) => entry.specifier);
    expect(specifiers).toEqual(
      expect.arrayContaining([
        '@job-contracts/schemas/runtime',
        '@job-contracts/validators/vitest',
        '@job-contracts/openapi/openapi.3.1.json',
        '@job-contracts/openapi/openapi.3.1.yaml',
      ]),
    );
    for (const name of names) expect(specifiers, name).toContain(name);

    writeFileSync(join(consumer, 'entries.mjs'), entriesModule(entries));
    writeFileSync(join(consumer, 'entries.cjs'), entriesScript(entries));
    const imported = (await parsedOutput('node', ['entries.mjs'])) as Record<string, unknown>;
    const required = (await parsedOutput('node', ['entries.cjs'])) as Record<string, unknown>;

    expect(Object.keys(imported).sort()).toEqual([...specifiers].sort());
    expect(required).toEqual(imported);
    for (const entry of entries) {
      const value = imported[entry.specifier];
      if (entry.kind === 'asset') expect(value, entry.specifier).toMatchObject({ bytes: expect.any(Number) });
      else if (entry.specifier !== '@job-contracts/types') {
        // Every entry but the types-only package has named exports (or JSON members).
        expect((value as string[]).length, entry.specifier).toBeGreaterThan(0);
      }
    }
  });

  it('runs what a user writes, with the same results from ESM and CommonJS', async () => {
    writeFileSync(join(consumer, 'usage.mjs'), USAGE_ESM);
    writeFileSync(join(consumer, 'usage.cjs'), USAGE_CJS);
    const fromEsm = await parsedOutput('node', ['usage.mjs']);
    const fromCjs = await parsedOutput('node', ['usage.cjs']);

    expect(fromEsm).toEqual({
      validAccepted: true,
      brokenRules: expect.arrayContaining([
        'conditionalRequired',
        'required',
        'requiredGroup',
        'unknownProperty',
      ]),
      schemaId: 'https://job-contracts.dev/schemas/job.request.json',
      offsetRequired: false,
      openapi: '3.1.0',
      mergedPaths: expect.arrayContaining(['/api/Jobs', '/api/Jobs({id})']),
      generatedJobsValid: true,
      matcherPasses: true,
      exitCodes: [0, 1],
    });
    expect(fromCjs).toEqual(fromEsm);
  });

  describe('type-checks with tsc --noEmit', () => {
    const compilerOptions = {
      target: 'es2022',
      lib: ['es2022'],
      types: ['node'],
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
    };
    const node16 = { module: 'node16', moduleResolution: 'node16' };
    const bundler = { module: 'esnext', moduleResolution: 'bundler' };
    const esmFiles = ['usage.mts', 'entries.mts', 'matchers.test.mts'];
    const allFiles = [...esmFiles, 'usage.cts', 'entries.cts'];

    async function typecheck(config: string, options: object, files: readonly string[]): Promise<void> {
      writeFileSync(join(consumer, 'usage.mts'), USAGE_TS);
      writeFileSync(join(consumer, 'usage.cts'), USAGE_TS);
      writeFileSync(join(consumer, 'entries.mts'), entriesTypes(entries));
      writeFileSync(join(consumer, 'entries.cts'), entriesTypes(entries));
      writeFileSync(join(consumer, 'matchers.test.mts'), MATCHERS_TEST);
      writeFileSync(
        join(consumer, config),
        `${JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2)}\n`,
      );
      const result = await inConsumer('npx', ['--no', '--', 'tsc', '--project', config]);
      expect(result.status, describeRun(result)).toBe(0);
    }

    it('a consumer under module node16, moduleResolution node16 (ESM and CommonJS files)', async () => {
      await typecheck('tsconfig.node16.json', { ...node16, skipLibCheck: true }, allFiles);
    });

    it('a consumer under module esnext, moduleResolution bundler', async () => {
      await typecheck('tsconfig.bundler.json', { ...bundler, skipLibCheck: true }, esmFiles);
    });

    // skipLibCheck hides a broken declaration file from the consumer above, but not its
    // effect: a type that does not resolve silently becomes `any`. This checks the shipped
    // .d.ts and .d.cts files themselves (every entry, both formats, through node16).
    it('the published declaration files themselves (skipLibCheck false)', async () => {
      await typecheck('tsconfig.declarations.json', { ...node16, skipLibCheck: false }, allFiles);
    });
  });

  it('runs the Vitest matchers of @job-contracts/validators/vitest in a Vitest test', async () => {
    writeFileSync(join(consumer, 'matchers.test.mts'), MATCHERS_TEST);
    const result = await inConsumer('npx', ['--no', 'vitest', 'run', 'matchers.test.mts']);
    expect(result.status, describeRun(result)).toBe(0);
    expect(result.stdout).toMatch(/1 passed/);
  });

  it('validates files with npx job-contracts validate', async () => {
    for (const file of VALID_PAYLOADS) {
      const result = await inConsumer('npx', [
        '--no',
        'job-contracts',
        'validate',
        'job',
        `payloads/${file}`,
      ]);
      expect(result.status, describeRun(result)).toBe(0);
      expect(result.stdout).toContain('1 payload, 1 valid, 0 invalid');
    }
    const result = await inConsumer('npx', [
      '--no',
      'job-contracts',
      'validate',
      'job',
      `payloads/${INVALID_PAYLOAD}`,
    ]);
    expect(result.status, describeRun(result)).toBe(1);
    expect(result.stdout).toContain(`${INVALID_PAYLOAD}:2:3 /name [required]`);
    expect(result.stdout).toContain('1 payload, 0 valid, 1 invalid');
  });
});
