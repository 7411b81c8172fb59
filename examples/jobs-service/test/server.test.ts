// The command-line entry point, run as a real process: it listens where HOST and PORT say,
// serves, and on SIGTERM stops cleanly with exit code 0. Runs the built `dist/server.js`.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));

let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

/** The log lines the process writes, as objects, and a way to wait for one. */
function logOf(process: ChildProcess) {
  const lines: Array<Record<string, unknown>> = [];
  let pending = '';
  process.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    lines.push(...complete.filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
  });
  return {
    lines,
    async waitFor(message: string): Promise<Record<string, unknown>> {
      for (;;) {
        const line = lines.find((entry) => String(entry.msg).startsWith(message));
        if (line !== undefined) return line;
        await once(process.stdout as NodeJS.ReadableStream, 'data');
      }
    },
  };
}

it('listens on HOST and PORT, serves, and stops cleanly on SIGTERM', async () => {
  expect(existsSync(SERVER), 'build the package first: pnpm build').toBe(true);
  child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const log = logOf(child);
  const listening = await log.waitFor('Server listening at ');
  const url = String(listening.msg).slice('Server listening at '.length);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

  const answer = await fetch(`${url}/api/Jobs`);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual([]);

  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  expect(code).toBe(0);
  expect(log.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
});

it('refuses a PORT that is not a port number', async () => {
  child = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: 'eighty' }, stdio: 'pipe' });
  const [code] = await once(child, 'exit');
  expect(code).toBe(2);
});
