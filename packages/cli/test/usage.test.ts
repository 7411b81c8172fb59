// Bad usage is one `error:` line and one `hint:` line on stderr, exit code 2, never a stack.

import { describe, expect, it } from 'vitest';
import { run } from './support/io.js';

/** Asserts the shape every usage error shares, and returns its two lines. */
function usageError(result: { code: number; stdout: string; stderr: string }): [string, string] {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[1]).toMatch(/^hint: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return lines as [string, string];
}

describe('usage errors', () => {
  it('suggests the entity meant, and how to list them', async () => {
    for (const command of [
      ['validate', 'jobs', 'x.json'],
      ['mock', 'jobs'],
      ['schemas', 'jobs'],
    ]) {
      const result = await run(command);
      expect(usageError(result)).toEqual([
        'error: unknown entity "jobs"; did you mean "job"?',
        'hint: run "job-contracts schemas" to list them',
      ]);
    }
  });

  it('names an unknown entity without a guess when nothing is close', async () => {
    const [error] = usageError(await run(['validate', 'invoice']));
    expect(error).toBe('error: unknown entity "invoice"');
  });

  it("folds commander's suggestion into the error line for an unknown option or command", async () => {
    expect(usageError(await run(['validate', 'job', '--fromat', 'json']))).toEqual([
      "error: unknown option '--fromat'; did you mean --format?",
      'hint: run "job-contracts validate --help" for usage and examples',
    ]);
    expect(usageError(await run(['valdate', 'job']))).toEqual([
      "error: unknown command 'valdate'; did you mean validate?",
      'hint: run "job-contracts --help" for usage and examples',
    ]);
  });

  it('rejects bad option values', async () => {
    usageError(await run(['validate', 'job', '--direction', 'sideways']));
    usageError(await run(['validate', 'job', '--format', 'xml']));
    usageError(await run(['validate', 'job', '--max-issues', '0']));
    usageError(await run(['mock', 'job', '--count', '-1']));
    usageError(await run(['mock', 'job', '--seed', 'abc']));
    usageError(await run(['mock', 'job', '--embed', 'deep']));
  });

  it('rejects a missing entity', async () => {
    const [error] = usageError(await run(['validate']));
    expect(error).toBe("error: missing required argument 'entity'");
  });

  it('reads standard input once only', async () => {
    const [error] = usageError(await run(['validate', 'job', '-', '-']));
    expect(error).toBe('error: standard input ("-") can be read only once');
  });

  it('checks --rule names, and that they come with --invalid', async () => {
    expect(usageError(await run(['mock', 'job', '--invalid', '--rule', 'maxlength']))[0]).toBe(
      'error: unknown rule "maxlength"; did you mean "maxLength"?',
    );
    expect(usageError(await run(['mock', 'job', '--rule', 'maxLength']))[0]).toBe(
      'error: --rule needs --invalid',
    );
  });

  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: job-contracts');
  });
});

describe('--help', () => {
  it.each([
    [[], 'job-contracts validate job payload.json'],
    [['validate'], 'job-contracts validate job examples/payloads/job.full.json'],
    [['mock'], 'job-contracts mock job --count 100 --seed 42'],
    [['schemas'], 'job-contracts schemas job'],
  ])('of %j shows examples and exit codes, on stdout, exit 0', async (command, example) => {
    const result = await run([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain(`$ ${example}`);
    expect(result.stdout).toContain('Exit codes:');
  });

  it('is also reached through "help <command>"', async () => {
    const result = await run(['help', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: job-contracts validate');
  });

  it('hides the debugging flag', async () => {
    expect((await run(['validate', '--help'])).stdout).not.toContain('--debug-rss');
  });
});
