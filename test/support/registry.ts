// A throwaway npm registry: Verdaccio in its own process group on 127.0.0.1, storing in a
// temporary folder, serving @job-contracts/* from what is published to it and everything
// else from the registry npm is configured with.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** A token of a user created for this run, allowed to publish. */
  readonly token: string;
  /** What Verdaccio has logged so far. */
  log(): string;
  /** Kills the process group; safe to call twice. */
  stop(): void;
}

export interface RegistryOptions {
  /** A temporary folder for the config, storage, users and log. */
  readonly dir: string;
  /** The registry packages other than @job-contracts/* come from. */
  readonly uplink: string;
}

const require = createRequire(import.meta.url);

function verdaccioBin(): string {
  const manifestPath = require.resolve('verdaccio/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.verdaccio;
  if (bin === undefined) throw new Error('verdaccio/package.json names no bin');
  return join(dirname(manifestPath), bin);
}

/** A port that was free a moment ago (Verdaccio is told it; a clash is retried). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('no port'));
        else resolve(address.port);
      });
    });
  });
}

function configYaml(options: RegistryOptions): string {
  // JSON is YAML: no quoting rules to get wrong for paths and URLs.
  const config = {
    storage: join(options.dir, 'storage'),
    auth: { htpasswd: { file: join(options.dir, 'htpasswd'), max_users: 1 } },
    uplinks: { upstream: { url: options.uplink, timeout: '60s', max_fails: 5 } },
    packages: {
      '@job-contracts/*': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
      '**': { access: '$all', publish: '$authenticated', proxy: 'upstream' },
    },
    server: { keepAliveTimeout: 60 },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'warn' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // Bounded: 240 tries a quarter second apart.
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Verdaccio exited (${child.exitCode ?? child.signalCode}) before it answered:\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`Verdaccio did not answer on ${url}:\n${log()}`);
}

async function addUser(url: string): Promise<string> {
  const name = `release-${process.pid}`;
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${Math.random().toString(36).slice(2)}`, type: 'user' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(`could not create a registry user: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}

export async function startRegistry(options: RegistryOptions): Promise<Registry> {
  const configFile = join(options.dir, 'config.yaml');
  const logFile = join(options.dir, 'verdaccio.log');
  writeFileSync(configFile, configYaml(options));
  const log = (): string => readFileSync(logFile, 'utf8');

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const out = openSync(logFile, 'a');
    const child = spawn(
      process.execPath,
      [verdaccioBin(), '--config', configFile, '--listen', `127.0.0.1:${port}`],
      {
        cwd: options.dir,
        detached: true,
        stdio: ['ignore', out, out],
      },
    );
    closeSync(out);
    const stop = (): void => stopGroup(child);
    // Also when the test process ends without running afterAll (a crash, a kill).
    process.once('exit', stop);
    try {
      await waitUntilUp(url, child, log);
      const token = await addUser(url);
      return { url, token, log, stop };
    } catch (error) {
      stop();
      lastError = error;
      if (!log().includes('EADDRINUSE')) break;
    }
  }
  throw lastError;
}
