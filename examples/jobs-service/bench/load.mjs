// pnpm bench: requests per second of the jobs service on loopback, validating job bodies with
// @job-contracts/validators through Fastify's validator hook, against the same routes with
// Fastify's own AJV compiling the JSON Schema documents. Prints figures only; asserts nothing.
//
// BENCH_DURATION (seconds per measured run, default 5), BENCH_WARMUP (seconds, default 3:
// the validators' generated code runs a few thousand times before V8 has optimized it),
// BENCH_CONNECTIONS (default 10), BENCH_ROUNDS (default 3), BENCH_INVALID_SHARE (0–1,
// default 0.2: the share of requests that break one rule).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { arbitrary, invalidArbitrary } from '@job-contracts/fixtures';
import autocannon from 'autocannon';
import fc from 'fast-check';

const settings = {
  duration: positive('BENCH_DURATION', 5),
  warmup: positive('BENCH_WARMUP', 3),
  connections: positive('BENCH_CONNECTIONS', 10, true),
  rounds: positive('BENCH_ROUNDS', 3, true),
  invalidShare: Number(process.env.BENCH_INVALID_SHARE ?? 0.2),
};
if (!(settings.invalidShare >= 0 && settings.invalidShare < 1)) {
  fail('BENCH_INVALID_SHARE must be a number from 0 to just under 1');
}

const VARIANTS = [
  { key: 'contracts', label: '@job-contracts/validators (validator hook)' },
  { key: 'fastify-ajv', label: "Fastify's default AJV (same documents)" },
];
const SERVE = fileURLToPath(new URL('serve.mjs', import.meta.url));
const SEED = 20_261_203;
const PAYLOADS = 200;

function positive(name, fallback, whole = false) {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0) || (whole && !Number.isInteger(value))) {
    fail(`${name} must be a positive ${whole ? 'whole ' : ''}number, got ${process.env[name]}`);
  }
  return value;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

/**
 * The request bodies, generated once with a fixed seed and sent in rotation: realistic valid
 * jobs, and among them the configured share of jobs that break one rule each. Client ids are
 * removed, since a rotated job with an id would be a 409 from its second sending on.
 */
function requestBodies() {
  const valid = fc.sample(arbitrary('job', { embed: 'mixed', realistic: true }), {
    seed: SEED,
    numRuns: PAYLOADS,
  });
  const invalidCount = Math.round((PAYLOADS * settings.invalidShare) / (1 - settings.invalidShare));
  const invalid =
    invalidCount === 0
      ? []
      : fc
          .sample(invalidArbitrary('job', { realistic: true }), { seed: SEED, numRuns: invalidCount })
          .map(({ payload }) => payload);
  const bodies = [];
  const total = valid.length + invalid.length;
  for (let index = 0; index < total; index++) {
    // Spread the invalid bodies evenly through the rotation.
    const takeInvalid =
      invalid.length > 0 &&
      Math.floor(((index + 1) * invalidCount) / total) > Math.floor((index * invalidCount) / total);
    const job = takeInvalid ? invalid.shift() : valid.shift();
    if (job === undefined) continue;
    if (!takeInvalid) delete job.id;
    bodies.push(JSON.stringify(job));
  }
  return { bodies, validCount: PAYLOADS, invalidCount };
}

async function startServer(variant) {
  const child = fork(SERVE, [variant], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A server that dies before it listens must end the run, not leave it waiting; once it
  // listens, its exit (when told to stop) is expected.
  let listening = false;
  const started = await Promise.race([
    once(child, 'message').then(([message]) => {
      listening = true;
      return message;
    }),
    once(child, 'exit').then(([code]) => {
      if (!listening) fail(`the ${variant} server exited with code ${code} before listening`);
    }),
  ]);
  const { port, readyMs } = started;
  return {
    url: `http://127.0.0.1:${port}`,
    readyMs,
    async stop() {
      child.send('stop');
      await once(child, 'exit');
    },
  };
}

function load(url, bodies, seconds) {
  return autocannon({
    url,
    connections: settings.connections,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: '/api/Jobs',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
}

async function measure(variant, bodies) {
  const server = await startServer(variant.key);
  try {
    await load(server.url, bodies, settings.warmup);
    const result = await load(server.url, bodies, settings.duration);
    return {
      variant,
      readyMs: server.readyMs,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result['2xx'] + result.non2xx,
      ok: result['2xx'],
      refused: result['4xx'],
      errors: result.errors + result.timeouts + result['5xx'],
    };
  } finally {
    await server.stop();
  }
}

const fixed = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
// autocannon measures latency in whole milliseconds.
const millis = (value) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

function print(rows) {
  const header = [
    'round',
    'body validation',
    'req/s',
    'p50 ms',
    'p99 ms',
    '2xx',
    '4xx',
    'errors',
    'ready ms',
  ];
  const lines = rows.map((row) => [
    String(row.round),
    row.variant.label,
    fixed(row.rps),
    millis(row.p50),
    millis(row.p99),
    fixed(row.ok),
    fixed(row.refused),
    fixed(row.errors),
    fixed(row.readyMs),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

if (!existsSync(fileURLToPath(new URL('../dist/app.js', import.meta.url)))) {
  fail('build the package first: pnpm --filter @job-contracts/example-jobs-service build (pnpm bench does)');
}

const { bodies, validCount, invalidCount } = requestBodies();
const sizes = bodies.map((body) => body.length).sort((a, b) => a - b);
console.log('jobs service under load: POST /api/Jobs on 127.0.0.1');
console.log(
  `${bodies.length} bodies in rotation (${validCount} valid realistic jobs, ${invalidCount} breaking one rule each), median ${fixed(sizes[Math.floor(sizes.length / 2)] / 1024, 1)} KB, largest ${fixed(sizes.at(-1) / 1024, 1)} KB`,
);
console.log(
  `${settings.connections} connections, ${settings.warmup} s warm-up and ${settings.duration} s measured per run, ${settings.rounds} round(s); each server in its own process`,
);
console.log('');

const rows = [];
for (let round = 1; round <= settings.rounds; round++) {
  // Alternate the order so that neither variant always runs on a warmer (or hotter) machine.
  const order = round % 2 === 1 ? VARIANTS : [...VARIANTS].reverse();
  for (const variant of order) {
    rows.push({ round, ...(await measure(variant, bodies)) });
  }
}
print(rows);

// Ratios within a round, where both variants met the same machine load; then their median,
// which one disturbed round cannot drag as far as it would a mean.
const ratios = [];
for (let round = 1; round <= settings.rounds; round++) {
  const ours = rows.find((row) => row.round === round && row.variant.key === 'contracts');
  const theirs = rows.find((row) => row.round === round && row.variant.key === 'fastify-ajv');
  ratios.push({ rps: ours.rps / theirs.rps, p99: ours.p99 / theirs.p99 });
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log('');
console.log(
  `ours / default, per round: ${ratios.map((ratio) => `${fixed(ratio.rps, 2)}x`).join(', ')} requests per second; median ${fixed(median(ratios.map((ratio) => ratio.rps)), 2)}x`,
);
console.log(
  `ours / default, per round: ${ratios.map((ratio) => `${fixed(ratio.p99, 2)}x`).join(', ')} p99 latency; median ${fixed(median(ratios.map((ratio) => ratio.p99)), 2)}x`,
);
console.log('');
console.log('Notes:');
console.log('- Both variants enforce the same rules (test/fastify-ajv.test.ts checks it). The AJV variant');
console.log('  registers x-max-depth and x-max-nesting as AJV keywords and the formats of');
console.log('  @job-contracts/schemas/runtime; the other x- keywords are annotations. No keyword needed');
console.log("  dropping. Fastify's default AJV is the draft-07 class, so the documents' 2020-12 $schema");
console.log('  is not checked against a meta-schema there.');
console.log('- A refused body costs the two differently: the AJV variant stops at the first error and');
console.log("  answers with AJV's keyword names; the validators list every issue with a message.");
console.log('- "ready ms" is the time to build the app and compile its schemas (AJV compiles the');
console.log('  documents there; the validators are precompiled).');
