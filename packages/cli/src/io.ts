import type { Readable, Writable } from 'node:stream';

/**
 * The streams and working directory a command runs against. The bin passes the process's
 * own; tests pass fakes. Commands write only here, never to `process.stdout` or `console`.
 */
export interface CliIo {
  /** Read by `validate` when it is given `-` or no files. */
  readonly stdin: Readable;
  /** Results: validation output, mock payloads, schema documents, help. */
  readonly stdout: Writable;
  /** Errors, hints, the random seed of `mock`, the progress bar. */
  readonly stderr: Writable;
  /** Relative file names are resolved against this directory. */
  readonly cwd: string;
}

/** True when `stream` is a terminal (a `tty.WriteStream` or `tty.ReadStream`). */
export function isTerminal(stream: Readable | Writable): boolean {
  return (stream as Partial<{ isTTY: boolean }>).isTTY === true;
}

/** Width of a terminal stream in columns, or `fallback` when it is not a terminal. */
export function terminalColumns(stream: Writable, fallback: number): number {
  const columns = (stream as Partial<{ columns: number }>).columns;
  return typeof columns === 'number' && columns > 0 ? columns : fallback;
}
