import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One input of `validate`: a file, or standard input. */
export interface Source {
  /** As the user wrote it, `<stdin>` for standard input; used in every message. */
  readonly name: string;
  /** `ndjson` when the file name says so; otherwise the content decides. */
  readonly layout: 'ndjson' | 'detect';
  /** The input's lines, streamed; rejects with a {@link SourceError} when it cannot be read. */
  lines(): Promise<AsyncIterable<string>>;
}

/** An input that cannot be read: missing, a directory, not permitted. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/** The display name of standard input. */
export const STDIN_NAME = '<stdin>';

const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

/** The sources of the given file arguments; `-` (or no file at all) is standard input. */
export function sourcesOf(files: readonly string[], stdin: Readable, cwd: string): Source[] {
  const names = files.length === 0 ? ['-'] : files;
  return names.map((name) => (name === '-' ? stdinSource(stdin) : fileSource(name, cwd)));
}

function stdinSource(stdin: Readable): Source {
  return { name: STDIN_NAME, layout: 'detect', lines: async () => linesOf(stdin) };
}

function fileSource(name: string, cwd: string): Source {
  const layout = NDJSON_EXTENSIONS.has(extname(name).toLowerCase()) ? 'ndjson' : 'detect';
  return {
    name,
    layout,
    lines: async () => {
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(resolve(cwd, name), 'r');
      } catch (error) {
        throw new SourceError(`cannot read the file: ${describe(error)}`);
      }
      // Opening a directory succeeds on Linux; reading it is what fails, so ask first.
      const stat = await handle.stat();
      if (stat.isDirectory()) {
        await handle.close();
        throw new SourceError('cannot read the file: it is a directory');
      }
      return linesOf(handle.createReadStream());
    },
  };
}

// readline over a stream holds one line at a time, whatever the size of the input.
function linesOf(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** A short reason for a file-system error, without the path Node repeats in its message. */
export function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
