// `mock` against the real @job-contracts/fixtures, checked with the real validators.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@job-contracts/validators';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runMock } from '../src/index.js';
import { fakeIo, run } from './support/io.js';
import { temporaryFolder } from './support/paths.js';

const folder = temporaryFolder();
afterAll(folder.remove);

function lines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('mock', () => {
  it('writes one valid job request as one NDJSON line by default', async () => {
    const result = await run(['mock', 'job', '--seed', '1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [payload] = lines(result.stdout);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(validate('job', 'request', payload).ok).toBe(true);
  });

  it('gives the same bytes for the same seed, and others for another', async () => {
    const argv = ['mock', 'job', '--count', '25', '--embed', 'mixed', '--seed', '42'];
    const first = await run(argv);
    const second = await run(argv);
    const other = await run([...argv.slice(0, -1), '43']);
    expect(second.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('gives a prefix of a longer run for a shorter count', async () => {
    const short = await run(['mock', 'project', '--count', '5', '--seed', '9']);
    const long = await run(['mock', 'project', '--count', '12', '--seed', '9']);
    expect(long.stdout.startsWith(short.stdout)).toBe(true);
  });

  it.each([
    ['job', 'request', 'embedded'],
    ['job', 'response', 'mixed'],
    ['project', 'request', 'ids'],
    ['user', 'response', 'embedded'],
  ] as const)('writes valid %s %s payloads (--embed %s, --realistic)', async (entity, direction, embed) => {
    const argv = ['mock', entity, '--count', '15', '--seed', '3', '--direction', direction, '--embed', embed];
    const result = await run([...argv, '--realistic']);
    expect(result.code).toBe(0);
    for (const payload of lines(result.stdout)) {
      expect(validate(entity, direction, payload)).toMatchObject({ ok: true });
    }
  });

  it('writes --invalid payloads that the validators reject with their stated violation', async () => {
    const result = await run(['mock', 'job', '--invalid', '--count', '40', '--seed', '11']);
    expect(result.code).toBe(0);
    for (const line of lines(result.stdout)) {
      expect(Object.keys(line as object)).toEqual(['payload', 'violation']);
      const { payload, violation } = line as { payload: unknown; violation: { path: string; rule: string } };
      expect(Object.keys(violation)).toEqual(['path', 'rule']);
      const outcome = validate('job', 'request', payload);
      expect(outcome.ok).toBe(false);
      const issues = outcome.ok
        ? []
        : outcome.issues.map((issue) => ({ path: issue.path, rule: issue.rule }));
      expect(issues).toContainEqual(violation);
    }
  });

  it('breaks only the rules named with --rule', async () => {
    const argv = ['mock', 'job', '--invalid', '--rule', 'maxLength', '--rule', 'format', '--count', '30'];
    const result = await run([...argv, '--seed', '5', '--direction', 'response']);
    const rules = new Set(
      lines(result.stdout).map((line) => (line as { violation: { rule: string } }).violation.rule),
    );
    expect([...rules].sort()).toEqual(['format', 'maxLength']);
    for (const line of lines(result.stdout)) {
      const { payload, violation } = line as { payload: unknown; violation: { path: string; rule: string } };
      const outcome = validate('job', 'response', payload);
      expect(
        outcome.ok ? [] : outcome.issues.map((issue) => ({ path: issue.path, rule: issue.rule })),
      ).toContainEqual(violation);
    }
  });

  it('writes the same payloads as one JSON array with --array', async () => {
    const ndjson = await run(['mock', 'company', '--count', '7', '--seed', '8']);
    const array = await run(['mock', 'company', '--count', '7', '--seed', '8', '--array']);
    expect(JSON.parse(array.stdout)).toEqual(lines(ndjson.stdout));
    expect(array.stdout.startsWith('[\n{')).toBe(true);
    expect(array.stdout.endsWith('}\n]\n')).toBe(true);
    expect((await run(['mock', 'company', '--count', '0', '--array'])).stdout).toBe('[]\n');
    expect((await run(['mock', 'company', '--count', '0', '--seed', '1'])).stdout).toBe('');
  });

  it('writes to --out, relative to the working directory, and nothing to stdout', async () => {
    const result = await run(['mock', 'skill', '--count', '5', '--seed', '2', '--out', 'skills.ndjson'], {
      cwd: folder.path,
    });
    const expected = await run(['mock', 'skill', '--count', '5', '--seed', '2']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(folder.path, 'skills.ndjson'), 'utf8')).toBe(expected.stdout);
  });

  it('prints a drawn seed to stderr only, and that seed repeats the run', async () => {
    const drawn = await run(['mock', 'job', '--count', '3']);
    const seed = /^seed (-?\d+) \(repeat this run with --seed \1\)\n$/.exec(drawn.stderr)?.[1];
    expect(seed).toBeDefined();
    const repeated = await run(['mock', 'job', '--count', '3', '--seed', String(seed)]);
    expect(repeated.stdout).toBe(drawn.stdout);
  });

  it('reports options the generators refuse, and an unwritable file, as usage errors', async () => {
    const depth = await run(['mock', 'job', '--max-depth', '99', '--seed', '1']);
    expect(depth.code).toBe(2);
    expect(depth.stderr).toMatch(
      /^error: .*maxDepth.*\nhint: run "job-contracts mock --help" for the options\n$/,
    );
    const out = await run([
      'mock',
      'job',
      '--seed',
      '1',
      '--out',
      join(folder.path, 'no', 'such', 'dir.ndjson'),
    ]);
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/^error: cannot write .*: no such file or directory\nhint: /);
  });
});

describe('mock: progress', () => {
  // A trivial generator, so the long run the bar needs is quick.
  const fixtures = {
    arbitrary: () => fc.constant({ id: 1 }),
    invalidArbitrary: () => fc.constant({}),
  } as never;

  it('draws a bar on a terminal stderr for a long run, and leaves stdout clean', async () => {
    const { io, stdout, stderr } = fakeIo({ tty: true });
    const code = await runMock({ entity: 'job', direction: 'request', count: 20_000, seed: 1 }, io, fixtures);
    expect(code).toBe(0);
    expect(stdout.text()).toBe('{"id":1}\n'.repeat(20_000));
    expect(stderr.text()).toContain('mock job [');
    expect(stderr.text()).toContain('100% 20000/20000');
    expect(stderr.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('draws nothing when stderr is not a terminal, or the run is short', async () => {
    const piped = fakeIo();
    await runMock({ entity: 'job', direction: 'request', count: 20_000, seed: 1 }, piped.io, fixtures);
    expect(piped.stderr.text()).toBe('');
    const short = fakeIo({ tty: true });
    await runMock({ entity: 'job', direction: 'request', count: 100, seed: 1 }, short.io, fixtures);
    expect(short.stderr.text()).toBe('');
  });
});
