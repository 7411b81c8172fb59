// The generated reference: a page per entity, and no link that leads nowhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ENTITY_NAMES } from '@job-contracts/schemas';
import { describe, expect, it } from 'vitest';

const referenceDir = new URL('../docs/reference/', import.meta.url);

describe('docs/reference', () => {
  it('has an index and one page per entity', () => {
    const pages = readdirSync(referenceDir).sort();

    expect(pages).toEqual(['README.md', ...ENTITY_NAMES.map((entity) => `${entity}.md`)].sort());
  });

  it('links only to files that exist', () => {
    for (const page of readdirSync(referenceDir)) {
      const text = readFileSync(new URL(page, referenceDir), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)) {
        expect(existsSync(new URL(target as string, referenceDir)), `${page} → ${target}`).toBe(true);
      }
    }
  });

  it('draws every embedded entity in the relationship diagram', () => {
    const index = readFileSync(new URL('README.md', referenceDir), 'utf8');

    expect(index).toContain('job }o--o| project : "project"');
    expect(index).toContain('equipment_model ||--o{ translation : "translations"');
    expect(index).toContain('job }o--o| job : "_parent_job"');
  });
});
