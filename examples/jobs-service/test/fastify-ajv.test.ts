// The benchmark compares the service with a variant whose job bodies Fastify's own AJV
// validates. The comparison is only fair if both enforce the same rules: the variant must
// accept every valid job and refuse every kind of invalid one.
import { arbitrary, INVALID_RULES, invalidArbitrary } from '@job-contracts/fixtures';
import { contractMatchers } from '@job-contracts/validators/vitest';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, scaled, TIMEOUT } from './support/runs.js';
import { type RunningService, send, startService } from './support/service.js';

expect.extend(contractMatchers);

let service: RunningService;

beforeAll(async () => {
  service = await startService({ bodyValidation: 'fastify-ajv' });
});

afterAll(async () => {
  await service.close();
});

describe("the comparison variant (Fastify's AJV)", () => {
  it(
    'accepts valid job requests',
    async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary('job', { embed: 'mixed', realistic: true }), async (job) => {
          const answer = await send(service, 'POST', '/api/Jobs', { json: job });
          // 409: a generated client id that an earlier run already created.
          expect([201, 409], answer.text).toContain(answer.status);
          if (answer.status === 201) {
            expect(answer.body).toMatchContract('job', 'response');
          }
        }),
        { seed: SEED, numRuns: scaled(0.1) },
      );
    },
    TIMEOUT,
  );

  it.each(INVALID_RULES.filter((rule) => rule !== 'minLength'))(
    'refuses job requests breaking %s',
    async (rule) => {
      await fc.assert(
        fc.asyncProperty(invalidArbitrary('job', { rules: [rule] }), async ({ payload }) => {
          const answer = await send(service, 'POST', '/api/Jobs', { json: payload });
          expect(answer.status, answer.text).toBe(400);
        }),
        { seed: SEED, numRuns: scaled(0.01) },
      );
    },
    TIMEOUT,
  );

  it('refuses a parent chain thousands of jobs deep without overflowing the stack', async () => {
    const levels = 20_000;
    const raw = `${'{"name":"x","_parent_job":'.repeat(levels)}{"name":"x"}${'}'.repeat(levels)}`;
    const answer = await send(service, 'POST', '/api/Jobs', {
      raw,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
  });
});
