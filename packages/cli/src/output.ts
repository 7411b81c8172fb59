import { once } from 'node:events';
import type { Writable } from 'node:stream';

// Writing line by line would cost one system call per line on a 1-million-line run.
const FLUSH_AT = 64 * 1024;

/**
 * Collects text for a stream and writes it in blocks, waiting for `drain` when the stream
 * is full, so a fast producer (a million payloads) never piles up output in memory.
 */
export class BufferedOutput {
  readonly #stream: Writable;
  #pending = '';

  constructor(stream: Writable) {
    this.#stream = stream;
  }

  /** Queues `text`; writes the queue once it is large. Await it to respect backpressure. */
  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= FLUSH_AT) {
      await this.flush();
    }
  }

  /** Writes everything queued and waits until the stream can take more. */
  async flush(): Promise<void> {
    if (this.#pending === '') {
      return;
    }
    const text = this.#pending;
    this.#pending = '';
    await writeText(this.#stream, text);
  }
}

/** Writes `text` and, when the stream's buffer is full, waits for it to drain. */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}
