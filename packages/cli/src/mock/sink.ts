import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { CliIo } from '../io.js';
import { BufferedOutput } from '../output.js';
import { UsageError } from '../usage-error.js';
import { describe } from '../validate/sources.js';

/** Where generated payloads go. */
export interface Sink {
  write(text: string): Promise<void>;
  /** Flushes, and closes the file if there is one (never standard output). */
  close(): Promise<void>;
}

/**
 * Standard output, or the file `out` (relative to `io.cwd`), opened before anything is
 * generated so a bad path fails at once. Writes wait for the stream to drain.
 */
export async function openSink(out: string | undefined, io: CliIo): Promise<Sink> {
  if (out === undefined) {
    const output = new BufferedOutput(io.stdout);
    return { write: (text) => output.write(text), close: () => output.flush() };
  }
  const stream = createWriteStream(resolve(io.cwd, out));
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UsageError(
      `cannot write ${out}: ${describe(error)}`,
      'check that its folder exists and is writable',
    );
  }
  // Without a listener, a later write error (a full disk) would crash the process.
  let failure: unknown;
  stream.on('error', (error) => {
    failure = error;
  });
  const output = new BufferedOutput(stream);
  return {
    write: async (text) => {
      if (failure !== undefined) {
        throw new UsageError(
          `cannot write ${out}: ${describe(failure)}`,
          'check the free space and permissions',
        );
      }
      await output.write(text);
    },
    close: async () => {
      await output.flush();
      stream.end();
      await finished(stream);
    },
  };
}
