import { Readable, Writable } from 'node:stream';
import { type CliIo, main } from '../../src/index.js';

/** Collects what a command writes. `isTTY` makes it pass for a terminal. */
export class CapturedStream extends Writable {
  readonly chunks: string[] = [];
  isTTY?: boolean;
  columns?: number;

  constructor(tty = false) {
    super();
    if (tty) {
      this.isTTY = true;
      this.columns = 80;
    }
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }

  text(): string {
    return this.chunks.join('');
  }
}

/** What one in-process run of the command gave. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** Text on standard input; none (an empty stream) by default. */
  readonly stdin?: string;
  readonly cwd?: string;
  /** Make stderr look like a terminal. */
  readonly tty?: boolean;
}

/** Fake streams for one run, kept so a test can look at them afterwards. */
export function fakeIo(options: RunOptions = {}): {
  io: CliIo;
  stdout: CapturedStream;
  stderr: CapturedStream;
} {
  const stdout = new CapturedStream();
  const stderr = new CapturedStream(options.tty);
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]);
  return { io: { stdin, stdout, stderr, cwd: options.cwd ?? process.cwd() }, stdout, stderr };
}

/** Runs `job-contracts <argv>` in this process, through `main`, against fake streams. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { io, stdout, stderr } = fakeIo(options);
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
