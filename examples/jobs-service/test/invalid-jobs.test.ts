// Every kind of invalid job, generated to break exactly one named rule, is refused over real
// HTTP with a 400 whose body is the fragment's ContractViolation and names that rule at that
// path. Nothing refused is stored.
import { INVALID_RULES, type InvalidRule, invalidArbitrary } from '@job-contracts/fixtures';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractViolation } from '../src/app.js';
import { contractViolationErrors } from './support/fragment.js';
import { SEED, scaled, TIMEOUT } from './support/runs.js';
import { type RunningService, send, startService } from './support/service.js';

/**
 * Rules no job request can break, so no payload can be generated for them: no schema sets
 * `minLength`. Listed here so a rule that starts to apply is noticed (and then tested).
 */
const NEVER_APPLIES: readonly InvalidRule[] = ['minLength'];
const TESTED = INVALID_RULES.filter((rule) => !NEVER_APPLIES.includes(rule));

let service: RunningService;

beforeAll(async () => {
  service = await startService();
});

afterAll(async () => {
  await service.close();
});

/** How many jobs the service holds (the tests store fewer than one page). */
async function storedCount(): Promise<number> {
  return ((await send(service, 'GET', '/api/Jobs')).body as unknown[]).length;
}

async function expectRefused(
  method: 'POST' | 'PUT',
  path: string,
  payload: object,
  rule: InvalidRule,
  at: string,
) {
  const answer = await send(service, method, path, { json: payload });
  expect(answer.status, answer.text).toBe(400);
  expect(contractViolationErrors(answer.body)).toEqual([]);
  const { issues } = answer.body as ContractViolation;
  expect(issues).toContainEqual(expect.objectContaining({ rule, path: at }));
}

describe('invalid job requests', () => {
  it.each(TESTED)(
    'breaking %s are refused with that rule at that path',
    async (rule) => {
      const before = await storedCount();
      await fc.assert(
        fc.asyncProperty(
          invalidArbitrary('job', { direction: 'request', rules: [rule] }),
          async (invalid) => {
            await expectRefused('POST', '/api/Jobs', invalid.payload, rule, invalid.violation.path);
          },
        ),
        { seed: SEED, numRuns: scaled(0.05) },
      );
      expect(await storedCount()).toBe(before);
    },
    TIMEOUT,
  );

  it.each(NEVER_APPLIES)('breaking %s cannot be generated for a job request', (rule) => {
    expect(() => invalidArbitrary('job', { direction: 'request', rules: [rule] })).toThrow(RangeError);
  });

  it(
    'are refused by PUT too, and the stored job stays as it was',
    async () => {
      const created = await send(service, 'POST', '/api/Jobs', {
        json: {
          name: 'Kept',
          project_id: '8ebaecad-6bc5-402d-83eb-95919d2aa646',
          job_type_code: 'R',
          job_status_code: 'Open',
        },
      });
      expect(created.status).toBe(201);
      const path = `/api/Jobs(${(created.body as { id: string }).id})`;
      await fc.assert(
        fc.asyncProperty(
          invalidArbitrary('job', { direction: 'request', realistic: true }),
          async (invalid) => {
            await expectRefused('PUT', path, invalid.payload, invalid.violation.rule, invalid.violation.path);
          },
        ),
        { seed: SEED, numRuns: scaled(0.05) },
      );
      expect((await send(service, 'GET', path)).body).toEqual(created.body);
    },
    TIMEOUT,
  );
});
