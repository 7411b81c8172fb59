// The quick-start demo (`pnpm start` runs it after the build): the job-contracts CLI checks
// the example payloads, generates a realistic mock job, and checks a hundred generated jobs.
// Fails only when the CLI does something other than what each step expects.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/bin/job-contracts.js', import.meta.url));
const payloads = readdirSync(new URL('../examples/payloads/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => `examples/payloads/${file}`);

/** Runs `job-contracts …args`, echoing the command; fails the demo on an unexpected exit code. */
function run(title, args, { expect, input } = { expect: 0 }) {
  console.log(
    `\n── ${title}\n$ job-contracts ${args.join(' ')}${input === undefined ? '' : ' < (generated)'}`,
  );
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== expect) {
    process.stdout.write(result.stdout ?? '');
    console.error(`demo: expected exit code ${expect}, got ${result.status}`);
    process.exit(1);
  }
  return result.stdout;
}

process.stdout.write(
  run(
    'Check the example payloads (two are broken on purpose: exit code 1)',
    ['validate', 'job', ...payloads],
    {
      expect: 1,
    },
  ),
);

const mock = run('Generate one realistic job request that references everything by id or code', [
  'mock',
  'job',
  '--seed',
  '42',
  '--embed',
  'ids',
  '--realistic',
]);
console.log(JSON.stringify(JSON.parse(mock), null, 2)); // one NDJSON line, indented for reading

const mocks = run('Generate 100 job requests', ['mock', 'job', '--count', '100', '--seed', '7'], {
  expect: 0,
});
console.log(`(${mocks.trim().split('\n').length} NDJSON lines)`);
process.stdout.write(
  run('…and check them from standard input', ['validate', 'job', '-'], { expect: 0, input: mocks }),
);
