// The diff on the documents @job-contracts/schemas emits: itself, and hand edits of copies.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpFor, type Change, diffDocuments, loadFolder } from '../src/index.js';
import { temporaryFolder } from './support/folders.js';
import { jsonDir, propertiesOf, property, realDocuments } from './support/real.js';

type Documents = ReturnType<typeof realDocuments>;

/** Applies `edit` to a copy of the real documents and diffs the original against it. */
function afterEdit(edit: (documents: Documents) => void): Change[] {
  const edited = realDocuments();
  edit(edited);
  return diffDocuments(realDocuments(), edited);
}

function only(changes: readonly Change[]): Change {
  expect(changes).toHaveLength(1);
  return changes[0] as Change;
}

/** The `allOf` entry of a document that carries a group or condition name. */
function ruleEntry(documents: Documents, name: string, key: string, value: string): Record<string, unknown> {
  const entries = documents[name]?.allOf as Array<Record<string, unknown>>;
  const entry = entries.find((candidate) => candidate[key] === value);
  if (entry === undefined) throw new Error(`${name} has no ${key} ${value}`);
  return entry;
}

describe('the emitted documents', () => {
  it('have no changes against themselves', async () => {
    const documents = await loadFolder(jsonDir);

    expect(documents.size).toBe(26);
    expect(diffDocuments(documents, documents)).toEqual([]);
  });

  it('understand every keyword the documents use (nothing is reported as unsupported)', () => {
    const documents = realDocuments();
    const everything = diffDocuments(documents, {});
    expect(everything.map((change) => change.rule)).toEqual(Array(26).fill('entity-removed'));
  });
});

describe('hand edits of the emitted documents', () => {
  it('a shorter job name breaks senders, at the keyword', () => {
    const change = only(
      afterEdit((documents) => (property(documents, 'job.request.json', 'name').maxLength = 100)),
    );

    expect(change).toEqual({
      rule: 'max-length-decreased',
      severity: 'breaking',
      accepts: 'less',
      entity: 'job',
      direction: 'request',
      document: 'job.request.json',
      oldPath: '/properties/name/maxLength',
      newPath: '/properties/name/maxLength',
      message: '`name`: max length 255 → 100; longer strings are now rejected',
    });
  });

  it('a job status code taken out of the list points at the value in the old document', () => {
    const change = only(
      afterEdit((documents) => {
        const status = property(documents, 'job.request.json', 'job_status_code');
        status.enum = (status.enum as unknown[]).filter((value) => value !== 'Activated');
      }),
    );

    expect(change.rule).toBe('enum-value-removed');
    expect(change.severity).toBe('breaking');
    expect(change.oldPath).toBe('/properties/job_status_code/enum/5');
    expect(change.newPath).toBe('/properties/job_status_code/enum');
    expect(change.message).toBe('`job_status_code` no longer accepts "Activated"');
  });

  it('a group member dropped tightens the group; a mobile-address field dropped loosens the condition', () => {
    const changes = afterEdit((documents) => {
      const group = ruleEntry(documents, 'job.request.json', 'x-required-group', 'job_status');
      (group.anyOf as unknown[]).splice(1, 1);
      const condition = ruleEntry(
        documents,
        'job.request.json',
        'x-conditional-required',
        'mobile_installation_address',
      );
      const then = condition.then as { required: string[] };
      then.required = then.required.filter((name) => name !== 'db_address_zip');
    });

    expect(changes.map((change) => [change.rule, change.severity, change.oldPath])).toEqual([
      ['required-group-tightened', 'breaking', '/allOf/2/anyOf/1'],
      ['conditional-required-loosened', 'non-breaking', '/allOf/3/then/required/2'],
    ]);
  });

  it('a condition that matches more payloads tightens the conditional requirement', () => {
    const change = only(
      afterEdit((documents) => {
        const condition = ruleEntry(
          documents,
          'job.request.json',
          'x-conditional-required',
          'mobile_installation_address',
        );
        const trigger = condition.if as { properties: { project: Record<string, unknown> } };
        delete trigger.properties.project.required;
      }),
    );

    expect(change.rule).toBe('conditional-required-tightened');
    expect(change.severity).toBe('breaking');
    expect(change.message).toMatch(
      /^the condition "mobile_installation_address" now matches more payloads: /,
    );
  });

  it('an embedded entity changed is reported once, where it is defined', () => {
    const changes = afterEdit((documents) => {
      property(documents, 'project.request.json', 'name').maxLength = 100;
    });

    expect(changes.map((change) => `${change.document} ${change.rule}`)).toEqual([
      'project.request.json max-length-decreased',
    ]);
  });

  it('a reference pointed at another entity compares the two targets', () => {
    const change = only(
      afterEdit((documents) => {
        const jobType = property(documents, 'job.request.json', 'job_type');
        (jobType.anyOf as Array<Record<string, unknown>>)[0] = { $ref: 'job_priority.request.json' };
      }),
    );

    expect(change.rule).toBe('ref-target-changed');
    expect(change.severity).toBe('breaking');
    expect(change.oldPath).toBe('/properties/job_type/anyOf/0/$ref');
    expect(change.message).toContain('$ref "job_type.request.json" → $ref "job_priority.request.json"');
  });

  it('a removed document is breaking, and so is every reference left pointing at it', () => {
    const changes = afterEdit((documents) => {
      delete documents['job_type.request.json'];
    });

    expect(changes.map((change) => `${change.document} ${change.oldPath} ${change.rule}`)).toEqual([
      'job.request.json /properties/job_type/anyOf/0/$ref ref-unresolved',
      'job_type.request.json  entity-removed',
    ]);
    expect(changes.every((change) => change.severity === 'breaking')).toBe(true);
  });

  it('a sensitive flag dropped is breaking, a looser response nesting too; a reworded description is a patch', () => {
    const changes = afterEdit((documents) => {
      property(documents, 'user.request.json', 'bankaccount')['x-sensitive'] = false;
      (
        documents['company.response.json'] as { additionalProperties: Record<string, unknown> }
      ).additionalProperties['x-max-nesting'] = 64;
      property(documents, 'job.response.json', 'name').description = 'Title.';
    });

    expect(changes.map((change) => [change.document, change.rule, change.severity])).toEqual([
      ['company.response.json', 'max-nesting-increased', 'breaking'],
      ['job.response.json', 'description-changed', 'non-breaking'],
      ['user.request.json', 'sensitive-removed', 'breaking'],
    ]);
    expect(bumpFor(changes.filter((change) => change.rule === 'description-changed'))).toBe('patch');
  });

  it('a new optional response field is compatible; making it required in requests is not', () => {
    const changes = afterEdit((documents) => {
      propertiesOf(documents, 'job.response.json').priority_label = { type: ['string', 'null'] };
      (documents['job.request.json'] as { required: string[] }).required.push('description');
      property(documents, 'job.request.json', 'description').type = 'string';
    });

    expect(changes.map((change) => [change.document, change.rule, change.severity])).toEqual([
      ['job.request.json', 'type-narrowed', 'breaking'],
      ['job.request.json', 'required-added', 'breaking'],
      ['job.response.json', 'property-added', 'non-breaking'],
    ]);
  });

  it('reads edited copies from disk like the originals', async () => {
    const folder = temporaryFolder();
    try {
      cpSync(jsonDir, folder.path, { recursive: true });
      const file = join(folder.path, 'job.request.json');
      const text = readFileSync(file, 'utf8').replace('"maxLength": 4000', '"maxLength": 2000');
      writeFileSync(file, text);

      const changes = diffDocuments(await loadFolder(jsonDir), await loadFolder(folder.path));

      expect(changes.map((change) => `${change.oldPath} ${change.rule}`)).toEqual([
        '/properties/description/maxLength max-length-decreased',
      ]);
    } finally {
      folder.remove();
    }
  });
});
