import { spawn } from 'node:child_process';
import type { RunResult } from './io.js';
import { BIN } from './paths.js';

/** Runs the real `bin/job-contracts.js` in a child process; `nodeOptions` go before the script. */
export function runBin(
  argv: readonly string[],
  options: { stdin?: string; cwd?: string; nodeOptions?: readonly string[] } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, ...argv], {
      cwd: options.cwd ?? process.cwd(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
