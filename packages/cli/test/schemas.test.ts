// `schemas`: the entity list, and each document exactly as published.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DIRECTIONS, ENTITY_NAMES } from '@job-contracts/schemas/runtime';
import { describe, expect, it } from 'vitest';
import { run } from './support/io.js';

const require = createRequire(import.meta.url);

function publishedDocument(entity: string, direction: string): string {
  return readFileSync(require.resolve(`@job-contracts/schemas/json/${entity}.${direction}.json`), 'utf8');
}

describe('schemas', () => {
  it('lists every entity, one per line, with its title', async () => {
    const result = await run(['schemas']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual([...ENTITY_NAMES]);
    expect(lines[0]).toMatch(/^job {2,}Job \(work order\)$/);
    expect(lines).toContain('company             Company');
    expect(result.stdout).not.toMatch(/\((request|response)\)/);
  });

  it.each(ENTITY_NAMES.flatMap((entity) => DIRECTIONS.map((direction) => [entity, direction] as const)))(
    'prints %s %s byte for byte as published',
    async (entity, direction) => {
      const result = await run(['schemas', entity, '--direction', direction]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(publishedDocument(entity, direction));
    },
  );

  it('prints the request document by default', async () => {
    expect((await run(['schemas', 'job'])).stdout).toBe(publishedDocument('job', 'request'));
  });
});
