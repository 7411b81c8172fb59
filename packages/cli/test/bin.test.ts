// The real command, as a child process of bin/job-contracts.js (needs `pnpm build` first).

import { describe, expect, it } from 'vitest';
import { runBin } from './support/child.js';
import { EXAMPLES, exampleLine } from './support/paths.js';

describe('bin/job-contracts.js', () => {
  it('exits 0 for valid files', async () => {
    const result = await runBin(['validate', 'job', 'job.full.json', 'job.minimal.json'], { cwd: EXAMPLES });
    expect(result).toEqual({ code: 0, stdout: '2 payloads, 2 valid, 0 invalid\n', stderr: '' });
  });

  it('exits 1 for invalid files, with positioned issues', async () => {
    const result = await runBin(['validate', 'job', 'job.broken.json', 'job.doc-sample.json'], {
      cwd: EXAMPLES,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('job.broken.json:2:3 /name [required] name must not be blank\n');
    expect(result.stdout).toContain('job.doc-sample.json:350:5 /suggested_user/email [format]');
    expect(result.stdout.endsWith('2 payloads, 0 valid, 2 invalid\n')).toBe(true);
  });

  it('reads NDJSON from a pipe, reports a malformed line in the middle, and exits 2', async () => {
    const stdin = `${exampleLine('job.minimal.json')}\n{"name":\n${exampleLine('job.broken.json')}\n`;
    const result = await runBin(['validate', 'job', '--format', 'json'], { stdin });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.errors).toEqual([
      { file: '<stdin>', line: 2, column: 9, message: 'malformed JSON: value expected' },
    ]);
    expect(report.totals).toEqual({ files: 1, payloads: 2, valid: 1, invalid: 1, errors: 1 });
    expect(report.payloads[0].line).toBe(3);
  });

  it('prints a usage error as two lines without a stack, and exits 2', async () => {
    const result = await runBin(['validate', 'jobs', 'x.json']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: unknown entity "jobs"; did you mean "job"?\nhint: run "job-contracts schemas" to list them\n',
    });
  });

  it.each([['validate'], ['mock'], ['schemas']])('shows examples in "%s --help"', async (command) => {
    const result = await runBin([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain(`$ job-contracts ${command}`);
  });

  it('lists and prints schemas', async () => {
    const list = await runBin(['schemas']);
    expect(list.stdout.split('\n')[0]).toMatch(/^job +Job \(work order\)$/);
    const document = JSON.parse((await runBin(['schemas', 'job', '--direction', 'response'])).stdout);
    expect(document.$id).toBe('https://job-contracts.dev/schemas/job.response.json');
  });
});

describe('bin/job-contracts.js mock', () => {
  it('writes the same bytes for the same seed, which validate accepts from a pipe', async () => {
    const argv = ['mock', 'job', '--count', '20', '--seed', '123', '--embed', 'embedded'];
    const first = await runBin(argv);
    const second = await runBin(argv);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    const checked = await runBin(['validate', 'job'], { stdin: first.stdout });
    expect(checked).toEqual({ code: 0, stdout: '20 payloads, 20 valid, 0 invalid\n', stderr: '' });
  });

  it('writes --array output that validate reads as a list', async () => {
    const array = await runBin(['mock', 'project', '--count', '4', '--seed', '1', '--array']);
    const checked = await runBin(['validate', 'project', '-'], { stdin: array.stdout });
    expect(checked.stdout).toBe('4 payloads, 4 valid, 0 invalid\n');
  });
});
