// The files of the consumer project the registry test installs the packages into. Some are
// written by hand, as a user of the packages would write them; `entries.*` are generated from
// the installed packages' own `exports`, so a new package or subpath is covered by itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { concreteSubpath, exportEntries, specifierOf } from './exports.js';
import type { Manifest } from './workspace.js';

export interface ConsumerEntry {
  readonly specifier: string;
  readonly kind: 'module' | 'json' | 'asset';
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      if (name === 'node_modules') continue;
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

/** Every subpath an installed package exports, made concrete (one file per pattern). */
export function installedEntries(consumerDir: string, names: readonly string[]): ConsumerEntry[] {
  return names.flatMap((name) => {
    const dir = join(consumerDir, 'node_modules', ...name.split('/'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    const files = filesUnder(dir);
    return exportEntries(manifest.exports).map((entry) => {
      const subpath = concreteSubpath(entry, files);
      if (subpath === undefined) {
        throw new Error(`${name}: the exports pattern ${entry.subpath} matches no installed file`);
      }
      return { specifier: specifierOf(name, subpath), kind: entry.kind };
    });
  });
}

const describeValue = `function describe(kind, value) {
  if (kind === 'asset') return { file: relative(process.cwd(), value), bytes: statSync(value).size };
  return Object.keys(value).sort();
}`;

/** An ES module that imports every entry statically and prints what each one holds. */
export function entriesModule(entries: readonly ConsumerEntry[]): string {
  const lines = [
    "import { statSync } from 'node:fs';",
    "import { relative } from 'node:path';",
    "import { fileURLToPath } from 'node:url';",
  ];
  const rows: string[] = [];
  entries.forEach((entry, index) => {
    const spec = JSON.stringify(entry.specifier);
    if (entry.kind === 'module') lines.push(`import * as e${index} from ${spec};`);
    else if (entry.kind === 'json') lines.push(`import e${index} from ${spec} with { type: 'json' };`);
    else lines.push(`const e${index} = fileURLToPath(import.meta.resolve(${spec}));`);
    rows.push(`  [${spec}, describe(${JSON.stringify(entry.kind)}, e${index})],`);
  });
  return `${lines.join('\n')}\n\n${describeValue}\n\nconsole.log(JSON.stringify(Object.fromEntries([\n${rows.join('\n')}\n])));\n`;
}

/** The same as a CommonJS script: `require` for code and JSON, `require.resolve` for the rest. */
export function entriesScript(entries: readonly ConsumerEntry[]): string {
  const rows = entries.map((entry) => {
    const spec = JSON.stringify(entry.specifier);
    const value = entry.kind === 'asset' ? `require.resolve(${spec})` : `require(${spec})`;
    return `  [${spec}, describe(${JSON.stringify(entry.kind)}, ${value})],`;
  });
  return [
    "'use strict';",
    "const { statSync } = require('node:fs');",
    "const { relative } = require('node:path');",
    '',
    describeValue,
    '',
    `console.log(JSON.stringify(Object.fromEntries([\n${rows.join('\n')}\n])));`,
    '',
  ].join('\n');
}

/** TypeScript that imports every code entry, to type-check under each resolution. */
export function entriesTypes(entries: readonly ConsumerEntry[]): string {
  const modules = entries.filter((entry) => entry.kind === 'module');
  const imports = modules.map(
    (entry, index) => `import * as e${index} from ${JSON.stringify(entry.specifier)};`,
  );
  return `${imports.join('\n')}\n\nexport const all: readonly object[] = [${modules.map((_, index) => `e${index}`).join(', ')}];\n`;
}

// What a user writes. `module` chooses import statements or require calls.
function usage(module: 'esm' | 'cjs'): string {
  const load =
    module === 'esm'
      ? `import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { EXIT_INVALID, EXIT_OK } from '@job-contracts/cli';
import { arbitrary } from '@job-contracts/fixtures';
import { mergeInto, openapi31 } from '@job-contracts/openapi';
import { schemaDocument } from '@job-contracts/schemas';
import { formats } from '@job-contracts/schemas/runtime';
import { isValid, validate } from '@job-contracts/validators';
import { contractMatchers } from '@job-contracts/validators/vitest';`
      : `'use strict';
const { readFileSync } = require('node:fs');
const fc = require('fast-check');
const { EXIT_INVALID, EXIT_OK } = require('@job-contracts/cli');
const { arbitrary } = require('@job-contracts/fixtures');
const { mergeInto, openapi31 } = require('@job-contracts/openapi');
const { schemaDocument } = require('@job-contracts/schemas');
const { formats } = require('@job-contracts/schemas/runtime');
const { isValid, validate } = require('@job-contracts/validators');
const { contractMatchers } = require('@job-contracts/validators/vitest');`;
  return `${load}

const valid = JSON.parse(readFileSync('payloads/job.minimal.json', 'utf8'));
const broken = JSON.parse(readFileSync('payloads/job.broken.json', 'utf8'));
const rejected = validate('job', 'request', broken);
const merged = mergeInto({ openapi: '3.1.0', info: { title: 'Planning', version: '1.0.0' }, paths: {} });

console.log(
  JSON.stringify({
    validAccepted: validate('job', 'request', valid).ok,
    brokenRules: rejected.ok ? [] : [...new Set(rejected.issues.map((issue) => issue.rule))].sort(),
    schemaId: schemaDocument('job', 'request').$id,
    offsetRequired: formats['date-time'].validate('2026-03-20T17:00:00'),
    openapi: openapi31.openapi,
    mergedPaths: Object.keys(merged.paths).sort(),
    generatedJobsValid: fc.sample(arbitrary('job'), { seed: 7, numRuns: 5 }).every((job) => isValid('job', 'request', job)),
    matcherPasses: contractMatchers.toMatchContract(valid, 'job').pass,
    exitCodes: [EXIT_OK, EXIT_INVALID],
  }),
);
`;
}

export const USAGE_ESM = usage('esm');
export const USAGE_CJS = usage('cjs');

/** Typed use of the packages; the `@ts-expect-error` lines prove the types are not `any`. */
export const USAGE_TS = `import { type CliIo, EXIT_OK, main } from '@job-contracts/cli';
import { arbitrary, type Payload } from '@job-contracts/fixtures';
import { mergeInto, type OpenApiFragment, openapi31 } from '@job-contracts/openapi';
import { ENTITY_NAMES, type EntityName, schemaDocument } from '@job-contracts/schemas';
import { formats } from '@job-contracts/schemas/runtime';
import type { Job, JobRequest } from '@job-contracts/types';
import { type Issue, isValid, validate } from '@job-contracts/validators';

const request: JobRequest = {
  name: 'Replace circulation pump',
  project_reference_back_office: 'INST-2024-0042',
  job_type_code: 'JT-REPAIR',
  job_status_code: 'ToBePlanned',
};

const result = validate('job', 'request', request);
export const issues: readonly Issue[] = result.ok ? [] : result.issues;
export const entities: readonly EntityName[] = ENTITY_NAMES;
export const id = String(schemaDocument('job', 'request').$id);
export const offsetKnown: boolean | undefined = formats['date-time']?.validate('2026-03-20T17:00:00Z');
export const fragment: OpenApiFragment = openapi31;
export const merged = mergeInto({ openapi: '3.1.0', info: { title: 'Planning', version: '1.0.0' }, paths: {} });
export const jobs = arbitrary('job');
export const firstRun: Promise<number> = main(['schemas'], {} as CliIo);
export const ok: number = EXIT_OK;

export function label(job: Job, payload: Payload): string {
  return isValid('job', 'response', payload) ? \`\${job.name} (\${job.id ?? 'no id'})\` : 'invalid';
}

// @ts-expect-error: "jobs" is not an entity
validate('jobs', 'request', request);

// @ts-expect-error: a job request needs a project, by id, back-office reference or embedded
export const projectless: JobRequest = { name: 'Replace pump', job_type_code: 'JT', job_status_code: 'Open' };
`;

/** A Vitest file using the matchers from \`@job-contracts/validators/vitest\`. */
export const MATCHERS_TEST = `import { readFileSync } from 'node:fs';
import { contractMatchers } from '@job-contracts/validators/vitest';
import { expect, test } from 'vitest';

expect.extend(contractMatchers);

const job: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('./payloads/job.minimal.json', import.meta.url), 'utf8'),
);

test('the contract matchers work from the published package', () => {
  expect(job).toMatchContract('job');
  expect(job).toMatchContract('job', 'request');
  expect({ ...job, name: '   ' }).toViolate('job', 'request', { rule: 'required', path: '/name' });
  expect({ ...job, name: '   ' }).not.toMatchContract('job');
});
`;
