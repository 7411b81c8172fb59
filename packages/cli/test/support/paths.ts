import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's example payloads: full and minimal are valid, broken and doc-sample are not. */
export const EXAMPLES = fileURLToPath(new URL('../../../../examples/payloads/', import.meta.url));

/** The built command, as npm links it. */
export const BIN = fileURLToPath(new URL('../../bin/job-contracts.js', import.meta.url));

/** An example payload's text. */
export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}

/** An example payload on one line, as in NDJSON. */
export function exampleLine(name: string): string {
  return JSON.stringify(JSON.parse(exampleText(name)));
}

/** A fresh temporary folder, and a function that removes it. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'job-contracts-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
