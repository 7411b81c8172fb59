import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../src/app.js';

/** A running instance of the service on loopback, on a port the system chose. */
export interface RunningService {
  readonly app: FastifyInstance;
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startService(options?: AppOptions): Promise<RunningService> {
  const app = buildApp(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** What came back from one real HTTP request. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** The raw body, `''` when there is none. */
  readonly text: string;
  /** The body parsed as JSON, or `undefined` when it is empty. */
  readonly body: unknown;
}

/** Options of {@link send}. */
export interface SendOptions {
  /** A value to send as JSON, or a string to send exactly as given. */
  readonly json?: unknown;
  readonly raw?: string | Uint8Array;
  readonly headers?: Record<string, string>;
}

/** One request through `fetch` (undici), the way any HTTP client would send it. */
export async function send(
  service: RunningService,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Uint8Array | undefined = options.raw;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${service.url}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** A payload as the server receives it: through JSON, so `-0` is `0` and `undefined` is gone. */
export function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
