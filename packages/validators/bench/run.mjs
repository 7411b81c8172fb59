// `pnpm bench`: @job-contracts/validators against AJV compiling at run time, TypeBox's compiler,
// @exodus/schemasafe and a hand-written validator (handwritten.mjs), on three job payloads;
// then cold start and package size. Prints figures only: no speed target is asserted.
//
// 1. builds every contender here and prints what each could not do (contenders.mjs);
// 2. differential check: the hand-written validator must agree with the package on the
//    examples, on probes of every rule and on random mutants (mutate.mjs), or the run aborts;
// 3. throughput: one process per library (measure.mjs), paired with the hand-written one;
// 4. cold start (cold/*.mjs) and the size of dist/.
//
// Needs the built package (dist/esm): the root `pnpm bench` builds it first.
// BENCH_SLICES, BENCH_SLICE_MS and BENCH_COLD_RUNS change how long it measures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadDocuments } from './ajv.mjs';
import { CONTENDER_IDS, contender } from './contenders.mjs';
import { isJobRequest as handwritten } from './handwritten.mjs';
import { mutants, probes } from './mutate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoDir = join(packageDir, '..', '..');
const payloadPath = (name) => join(repoDir, 'examples', 'payloads', `job.${name}.json`);

const SLICES = Number(process.env.BENCH_SLICES ?? 7);
const SLICE_MS = Number(process.env.BENCH_SLICE_MS ?? 100);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

if (!existsSync(join(packageDir, 'dist', 'esm', 'index.js'))) {
  console.error(
    'packages/validators/dist is missing: run `pnpm bench` at the repository root (it builds first), ' +
      'or `pnpm --filter @job-contracts/validators... build`.',
  );
  process.exit(1);
}

// ---- formatting ----------------------------------------------------------------------------

const int = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (n) => `${n >= 10 ? n.toFixed(1) : n >= 0.1 ? n.toFixed(2) : n.toPrecision(2)}×`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function table(headers, rows, align) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  );
  const cell = (value, i) =>
    align[i] === 'r' ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i]);
  const line = (row) => `  ${row.map(cell).join('  ')}`.trimEnd();
  return [line(headers), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)].join('\n');
}

function versionOf(name) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

// ---- set-up ----------------------------------------------------------------------------------

const payloads = [
  { key: 'minimal', title: 'minimal valid job (job.minimal.json)' },
  { key: 'full', title: 'full job with every embedded entity (job.full.json)' },
  { key: 'broken', title: 'invalid job (job.broken.json)' },
].map((payload) => ({ ...payload, data: JSON.parse(readFileSync(payloadPath(payload.key), 'utf8')) }));
const [minimal, full, broken] = payloads.map((payload) => payload.data);

console.log('@job-contracts/validators benchmark');
console.log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}); ` +
    `tinybench ${versionOf('tinybench')}, ajv ${versionOf('ajv')}, @sinclair/typebox ` +
    `${versionOf('@sinclair/typebox')}, @exodus/schemasafe ${versionOf('@exodus/schemasafe')}`,
);

const documents = loadDocuments();
const { parseJobRequest } = await import('@job-contracts/validators');
const contenders = [];
for (const id of CONTENDER_IDS) {
  const start = performance.now();
  const built = await contender(id, documents);
  contenders.push({ ...built, id, setupMs: performance.now() - start });
}
const byId = new Map(contenders.map((entry) => [entry.id, entry]));
const isJobRequest = byId.get('is').check;
const OTHERS = ['ajv', 'typebox', 'schemasafe'];

console.log('\nWhat the libraries could not do');
for (const entry of contenders) {
  for (const note of entry.notes) {
    console.log(`  - ${entry.name}: ${note}`);
  }
}
console.log(
  `  Set-up in this process (compiling): ${OTHERS.map((id) => `${byId.get(id).name} ${byId.get(id).setupMs.toFixed(0)} ms`).join(', ')}.`,
);

// ---- differential check: the hand-written validator against the package ---------------------

const cases = [
  ...payloads.map((payload) => ({ payload: payload.data, what: `job.${payload.key}.json` })),
  ...probes(full, documents),
  ...mutants([minimal, full, full, broken], 300),
];
const disagreements = [];
let valid = 0;
const differing = new Map(OTHERS.map((id) => [id, { accepts: [], rejects: [] }]));
for (const { payload, what, rule } of cases) {
  const expected = isJobRequest(payload);
  const parsed = parseJobRequest(payload).ok;
  const mine = handwritten(payload);
  if (mine !== expected || parsed !== expected) {
    disagreements.push(
      `${what}: isJobRequest ${expected}, parseJobRequest ok ${parsed}, hand-written ${mine}`,
    );
  }
  valid += expected ? 1 : 0;
  for (const id of OTHERS) {
    if (byId.get(id).check(payload) !== expected) {
      differing.get(id)[expected ? 'rejects' : 'accepts'].push({ what, rule: rule ?? 'example payload' });
    }
  }
}
console.log(
  `\nDifferential check: the hand-written validator and @job-contracts/validators (isJobRequest and ` +
    `parseJobRequest) agreed on ${cases.length - disagreements.length}/${cases.length} payloads ` +
    `(3 examples, ${cases.length - 3 - 300} rule probes, 300 random mutants; ${valid} valid, ` +
    `${cases.length - valid} invalid).`,
);
if (disagreements.length > 0) {
  console.error(
    `\nThe hand-written validator disagrees with the package on ${disagreements.length} payloads:`,
  );
  for (const line of disagreements.slice(0, 10)) {
    console.error(`  ${line}`);
  }
  process.exit(1);
}
console.log('  The other libraries on the same payloads (for information):');
for (const id of OTHERS) {
  const { accepts, rejects } = differing.get(id);
  const same = cases.length - accepts.length - rejects.length;
  const byRule = (list) => {
    const counts = new Map();
    for (const { rule } of list) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    return [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ');
  };
  const detail = [
    accepts.length > 0 ? `accepts ${accepts.length} the package rejects (by probe: ${byRule(accepts)})` : '',
    rejects.length > 0 ? `rejects ${rejects.length} the package accepts (by probe: ${byRule(rejects)})` : '',
  ].filter(Boolean);
  console.log(
    `    ${byId.get(id).name}: same verdict on ${same}/${cases.length}` +
      (detail.length > 0 ? `; ${detail.join('; ')}` : ''),
  );
}

// ---- throughput ------------------------------------------------------------------------------
// One process per library (see measure.mjs): each runs that library and the hand-written
// baseline in alternating slices, so the ratio is measured side by side, free of drift.

const measured = new Map();
for (const id of CONTENDER_IDS.filter((candidate) => candidate !== 'hand')) {
  const child = spawnSync(
    process.execPath,
    [join(here, 'measure.mjs'), id, String(SLICES), String(SLICE_MS)],
    {
      cwd: packageDir,
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) {
    throw new Error(`measuring ${id} failed: ${child.stderr || child.stdout}`);
  }
  measured.set(id, JSON.parse(child.stdout));
}
const results = new Map();
for (const payload of payloads) {
  const rows = new Map();
  const baseline = median([...measured.values()].map((result) => result[payload.key].baseHz));
  for (const [id, result] of measured) {
    rows.set(id, result[payload.key]);
  }
  rows.set('hand', { hz: baseline, ratio: 1, spread: NaN });
  results.set(payload.key, rows);

  console.log(
    `\n${payload.title}: ${JSON.stringify(payload.data).length.toLocaleString('en-US')} bytes as compact JSON`,
  );
  console.log(
    table(
      ['library', 'verdict', 'ops/s', 'noise', 'vs hand-written'],
      CONTENDER_IDS.map((id) => {
        const row = rows.get(id);
        return [
          byId.get(id).name,
          byId.get(id).check(payload.data) ? 'valid' : 'invalid',
          int(row.hz),
          Number.isNaN(row.spread) ? '' : `±${row.spread.toFixed(0)}%`,
          ratio(row.ratio),
        ];
      }),
      ['l', 'l', 'r', 'r', 'r'],
    ),
  );
}
console.log(
  `\n  ops/s: median over ${SLICES} slices of ${SLICE_MS} ms (tinybench, batched calls), each library in a ` +
    'process of its own; "vs hand-written": median of the per-slice ratios to the hand-written validator, ' +
    'run alternately in the same process; the hand-written row is the median over those processes; ' +
    'noise: half the range of the slices. On the invalid job parseJobRequest also builds the readable issues.',
);

// ---- cold start ------------------------------------------------------------------------------

const scenarios = [
  { name: 'bare node (node -e "")', args: ['-e', ''] },
  {
    name: 'import @job-contracts/validators, validate full job once',
    args: [join(here, 'cold', 'package.mjs'), payloadPath('full')],
    expect: 'true',
  },
  {
    name: 'require @job-contracts/validators (CommonJS), validate once',
    args: [join(here, 'cold', 'package.cjs'), payloadPath('full')],
    expect: 'true',
  },
  {
    name: 'ES module that reads and parses the job, no validation',
    args: [join(here, 'cold', 'baseline.mjs'), payloadPath('full')],
    expect: 'object',
  },
  {
    name: 'import ajv, compile documents at run time, validate once',
    args: [join(here, 'cold', 'ajv.mjs'), payloadPath('full')],
    expect: 'true',
  },
];
const BASELINE = scenarios.findIndex((scenario) => scenario.args[0].endsWith('baseline.mjs'));
const AJV_AT_RUN_TIME = scenarios.findIndex((scenario) => scenario.args[0].endsWith('ajv.mjs'));
const times = scenarios.map(() => []);
for (let run = 0; run < COLD_RUNS + 1; run++) {
  scenarios.forEach((scenario, index) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, scenario.args, { cwd: packageDir, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (child.status !== 0 || (scenario.expect !== undefined && child.stdout.trim() !== scenario.expect)) {
      throw new Error(`cold start "${scenario.name}" failed: ${child.stderr || child.stdout}`);
    }
    if (run > 0) times[index].push(elapsed); // the first round warms the file cache
  });
}
const medians = times.map(median);
console.log(`\nCold start: a new node process, median of ${COLD_RUNS} runs (spawnSync, wall clock)`);
console.log(
  table(
    ['process', 'median ms', 'min ms', 'vs bare node', 'vs reading the job'],
    scenarios.map((scenario, index) => [
      scenario.name,
      medians[index].toFixed(1),
      Math.min(...times[index]).toFixed(1),
      ratio(medians[index] / medians[0]),
      ratio(medians[index] / medians[BASELINE]),
    ]),
    ['l', 'r', 'r', 'r', 'r'],
  ),
);

// ---- package size ----------------------------------------------------------------------------

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const bytes = (list) => list.reduce((sum, file) => sum + statSync(file).size, 0);
const gzipped = (list) => list.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
const BUNDLE = /[\\/]index\.js$/;
console.log('\nPackage size (bytes on disk; gzip is per file, summed)');
const sizeRows = [];
for (const flavour of ['esm', 'cjs']) {
  const all = files(join(packageDir, 'dist', flavour));
  const js = all.filter((file) => file.endsWith('.js'));
  const bundle = all.filter((file) => BUNDLE.test(file));
  sizeRows.push([`dist/${flavour} (all files)`, all.length, int(bytes(all)), int(gzipped(all))]);
  sizeRows.push([`dist/${flavour} .js only`, js.length, int(bytes(js)), int(gzipped(js))]);
  sizeRows.push([
    `dist/${flavour}/index.js (the bundle: generated validators and runtime)`,
    bundle.length,
    int(bytes(bundle)),
    int(gzipped(bundle)),
  ]);
}
const both = ['esm', 'cjs'].flatMap((flavour) => files(join(packageDir, 'dist', flavour)));
sizeRows.push(['dist/esm + dist/cjs', both.length, int(bytes(both)), int(gzipped(both))]);
console.log(table(['what', 'files', 'bytes', 'gzip'], sizeRows, ['l', 'r', 'r', 'r']));

// ---- summary ---------------------------------------------------------------------------------

const fullRows = results.get('full');
console.log(
  `\nSummary: on the full job @job-contracts/validators runs at ${ratio(fullRows.get('is').ratio)} the ` +
    `hand-written validator's speed with isJobRequest (${ratio(fullRows.get('parse').ratio)} with ` +
    `parseJobRequest; AJV compiling at run time ${ratio(fullRows.get('ajv').ratio)}); a process that imports ` +
    `it and validates once starts in ${ratio(medians[1] / medians[0])} the time of a bare node ` +
    `(${medians[1].toFixed(0)} ms vs ${medians[0].toFixed(0)} ms), ${ratio(medians[1] / medians[BASELINE])} the time of ` +
    `a module that only reads the job; AJV at run time ${ratio(medians[AJV_AT_RUN_TIME] / medians[0])}.`,
);
