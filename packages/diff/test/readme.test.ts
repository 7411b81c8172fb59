// The README's rule table is the catalog people read: it must list exactly the rules the
// diff reports, with the effect the catalog gives each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rows = [...readme.matchAll(/^\| `([a-z-]+)` +\| .+ \| ([a-z ]+?) +\|$/gm)].map(([, id, effect]) => ({
  id,
  effect,
}));

describe('README rule table', () => {
  it('lists every rule id once, in catalog order', () => {
    expect(rows.map((row) => row.id)).toEqual(RULE_IDS);
  });

  it('gives each rule the effect of the catalog', () => {
    for (const { id, effect } of rows) {
      const info = RULES[id as keyof typeof RULES] as { accepts: string; alwaysBreaking?: true };
      expect(effect, id).toBe(info.alwaysBreaking === true ? 'always breaking' : info.accepts);
    }
  });
});
