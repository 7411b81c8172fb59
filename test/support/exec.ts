// Runs a command as a child process and keeps everything it printed, so a failing step can
// show why it failed instead of only its exit code.
import { spawn } from 'node:child_process';

export interface RunResult {
  readonly command: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kills the command when it runs longer: a guard against a hang, not a measurement. */
  readonly killAfterMs?: number;
}

/** Runs `command args…` to its end; never throws for a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const shown = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const guard = setTimeout(() => {
      stderr += `\n[killed: still running after ${options.killAfterMs} ms]`;
      child.kill('SIGKILL');
    }, options.killAfterMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(guard);
      reject(new Error(`could not start \`${shown}\` in ${options.cwd}: ${error.message}`));
    });
    child.on('close', (status) => {
      clearTimeout(guard);
      resolve({ command: shown, status, stdout, stderr });
    });
  });
}

/** The result as text a failing assertion can print. */
export function describeRun(result: RunResult): string {
  return [
    `$ ${result.command}`,
    `exit code: ${result.status}`,
    `--- stdout ---\n${result.stdout.trimEnd()}`,
    `--- stderr ---\n${result.stderr.trimEnd()}`,
  ].join('\n');
}

/** Runs a command that must succeed; throws with its whole output otherwise. */
export async function runOk(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`command failed\n${describeRun(result)}`);
  }
  return result;
}
