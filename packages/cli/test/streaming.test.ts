// A large NDJSON file is validated in bounded memory: streamed line by line, never loaded.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from './support/child.js';
import { exampleLine, temporaryFolder } from './support/paths.js';

const LINES = 200_000;
// Peak resident set size allowed, in kB. Node itself, commander and the validators take about
// 55 MB; streaming peaks at 85-100 MB here. Loading the 40 MB file and parsing it whole would
// pass 160 MB, and with the old generation capped at 32 MB (below) it would not finish at all.
const MAX_RSS_KB = 150 * 1024;

const folder = temporaryFolder();
const path = join(folder.path, 'large.ndjson');
beforeAll(() => writeNdjson(path), 60_000);
afterAll(folder.remove);

async function writeNdjson(path: string): Promise<void> {
  const minimal = exampleLine('job.minimal.json');
  const full = exampleLine('job.full.json');
  const stream = createWriteStream(path);
  let block = '';
  for (let line = 1; line <= LINES; line++) {
    block += `${line % 1000 === 0 ? '{"name":""}' : line % 1000 === 1 ? full : minimal}\n`;
    if (block.length > 1 << 20) {
      if (!stream.write(block)) {
        await once(stream, 'drain');
      }
      block = '';
    }
  }
  stream.end(block);
  await finished(stream);
}

describe('streaming', () => {
  it(`validates ${LINES} NDJSON lines under ${MAX_RSS_KB / 1024} MB peak RSS`, {
    timeout: 60_000,
  }, async () => {
    const result = await runBin(['validate', 'job', path, '--summary-only', '--debug-rss'], {
      nodeOptions: ['--max-old-space-size=32'],
    });
    expect(result.stdout).toBe(`${LINES} payloads, ${LINES - 200} valid, 200 invalid\n`);
    expect(result.code).toBe(1);
    const rss = Number(/^maxRSS (\d+) kB$/m.exec(result.stderr)?.[1]);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(MAX_RSS_KB);
  });

  it('prints every rejected payload as it goes in text mode, within the same bound', {
    timeout: 60_000,
  }, async () => {
    const result = await runBin(['validate', 'job', path, '--debug-rss'], {
      nodeOptions: ['--max-old-space-size=32'],
    });
    expect(result.stdout.match(/ \/name \[required\] /g)).toHaveLength(200);
    expect(result.stdout).toContain(`large.ndjson:${LINES}:2 /name [required] name must not be blank\n`);
    const rss = Number(/^maxRSS (\d+) kB$/m.exec(result.stderr)?.[1]);
    expect(rss).toBeLessThan(MAX_RSS_KB);
  });
});
