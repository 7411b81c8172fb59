// Whatever it is given, a validator answers with data: it never throws, never hangs on
// size or depth, never changes its input and never touches Object.prototype.

import { DIRECTIONS, ENTITY_NAMES } from '@job-contracts/schemas/runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Issue,
  isJobRequest,
  parseEquipmentModelRequest,
  parseJob,
  parseJobRequest,
  validate,
} from '../src/index.js';
import { valueAt } from '../src/pointer.js';
import { mutate, mutationsOf } from './support/mutate.js';
import { examplePayload, minimalJob } from './support/payloads.js';

const full = examplePayload('job.full.json');

function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** True when the issue's path names a value in the payload, or a property missing from an object in it. */
function pointsIntoPayload(payload: unknown, issue: Issue): boolean {
  const holder = valueAt(payload, parentPointer(issue.path));
  if (issue.path === '' || valueAt(payload, issue.path) !== undefined) {
    return true;
  }
  // A hole in an array (a deleted item) is a real place too, though it holds no value.
  const index = Number(issue.path.slice(issue.path.lastIndexOf('/') + 1));
  if (Array.isArray(holder) && Number.isInteger(index) && index < holder.length) {
    return true;
  }
  const missingAllowed = issue.rule === 'required' || issue.rule === 'conditionalRequired';
  return missingAllowed && typeof holder === 'object' && holder !== null && !Array.isArray(holder);
}

describe('any input', () => {
  it('never throws, for every entity and direction, whatever the value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withMap: true,
          withSet: true,
        }),
        (value) => {
          for (const entity of ENTITY_NAMES) {
            for (const direction of DIRECTIONS) {
              const result = validate(entity, direction, value);
              expect(result.ok || result.issues.length > 0).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports every issue of a broken job at a real place in the payload', () => {
    fc.assert(
      fc.property(mutationsOf(full), (mutations) => {
        const payload = mutate(full, mutations);
        const result = parseJobRequest(payload);
        if (!result.ok) {
          for (const issue of result.issues) {
            expect(pointsIntoPayload(payload, issue), `${issue.path} ${issue.rule}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees between the type guard and the parser', () => {
    fc.assert(
      fc.property(mutationsOf(full), (mutations) => {
        const payload = mutate(full, mutations);
        expect(isJobRequest(payload)).toBe(parseJobRequest(payload).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(mutationsOf(full), (mutations) => {
        const payload = mutate(full, mutations);
        const before = structuredClone(payload);
        parseJobRequest(payload);
        expect(payload).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile input', () => {
  it('answers undefined, functions, symbols and class instances with a type issue', () => {
    class Job {
      name = 'Fix';
    }
    for (const value of [undefined, () => 1, Symbol('x'), new Job(), new Date(), 10n]) {
      const result = parseJobRequest(value);
      expect(result.ok).toBe(false);
    }
  });

  it('stops a 100 000-level parent chain at the top with a maxDepth issue', () => {
    let job: Record<string, unknown> = minimalJob();
    for (let i = 0; i < 100_000; i++) job = { ...minimalJob(), _parent_job: job };

    expect(isJobRequest(job)).toBe(false);
    expect(parseJobRequest(job)).toMatchObject({ ok: false, issues: [{ path: '', rule: 'maxDepth' }] });
  });

  it('stops a parent chain that loops back on itself', () => {
    const job: Record<string, unknown> = minimalJob();
    job._parent_job = job;

    expect(parseJobRequest(job)).toMatchObject({ ok: false, issues: [{ path: '', rule: 'maxDepth' }] });
  });

  it('stops a 100 000-level value in an unknown response property', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { deep };

    expect(parseJob({ name: 'x', extra: deep })).toMatchObject({
      ok: false,
      issues: [{ path: '/extra', rule: 'maxDepth' }],
    });
  });

  it('rejects a 10 MB string in a 50-unit field', () => {
    const result = parseJobRequest(minimalJob({ customer_reference: 'x'.repeat(10_000_000) }));

    expect(result).toMatchObject({ ok: false, issues: [{ path: '/customer_reference', rule: 'maxLength' }] });
  });

  it('rejects a 10 MB date-time and e-mail without scanning them with a regular expression', () => {
    const long = `2025-12-29T02:53:27Z${' '.repeat(10_000_000)}`;
    const result = parseJobRequest(
      minimalJob({ due_date: long, db_address_email: `a@b.c${'x'.repeat(10_000_000)} ` }),
    );

    expect(result.ok ? [] : result.issues.map((issue) => issue.rule)).toEqual([
      'format',
      'maxLength',
      'format',
    ]);
  });

  it('caps the issues of a million bad list items, and says so', () => {
    const translations = Array.from({ length: 1_000_000 }, () => ({}));
    const result = parseEquipmentModelRequest({ name: 'ecoTEC', translations }, { maxIssues: 50 });

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(50);
      expect(result.truncated).toBe(true);
      expect(result.issues[0]).toEqual({
        path: '/translations/0/field_name',
        rule: 'required',
        message: 'field_name is required',
      });
    }
  });

  it('finds a bad item far past the cut of a long list, at its own index', () => {
    const translations = Array.from({ length: 5000 }, () => ({ field_name: 'name', language_code: 'nl' }));
    translations[4321] = { field_name: 'name' } as (typeof translations)[number];
    const result = parseEquipmentModelRequest({ name: 'ecoTEC', translations }, { maxIssues: 10 });

    expect(result).toEqual({
      ok: false,
      truncated: false,
      issues: [
        { path: '/translations/4321/language_code', rule: 'required', message: 'language_code is required' },
      ],
    });
  });

  it('reads "__proto__" and "constructor" keys as plain unknown properties and pollutes nothing', () => {
    const payload = JSON.parse(
      `{"name":"x","project_id":"${String(minimalJob().project_id)}","job_type_code":"R","job_status_code":"Open","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    );
    const result = parseJobRequest(payload);

    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseJob(payload).ok).toBe(true);
  });

  it('ignores inherited properties: only own properties count', () => {
    const inherited = Object.create({ name: 'from the prototype' });
    Object.assign(inherited, {
      project_id: minimalJob().project_id,
      job_type_code: 'R',
      job_status_code: 'Open',
    });

    expect(parseJobRequest(inherited)).toMatchObject({
      ok: false,
      issues: [{ path: '/name', rule: 'required' }],
    });
  });
});
