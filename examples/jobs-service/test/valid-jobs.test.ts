// Fixture-generated valid jobs, sent over real HTTP: each is created (201), read back (200,
// the same job) and replaced (200), and every job the service returns is a valid job
// response. The generated requests cover every embedding mode, random and realistic values.
import { type ArbitraryOptions, arbitrary, type Payload } from '@job-contracts/fixtures';
import { NIL_GUID } from '@job-contracts/schemas/runtime';
import { type Job, withoutUnset } from '@job-contracts/validators';
import { contractMatchers } from '@job-contracts/validators/vitest';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobPath } from '../src/app.js';
import { RUNS, SEED, scaled, TIMEOUT } from './support/runs.js';
import { type RunningService, send, startService, throughJson } from './support/service.js';

expect.extend(contractMatchers);

/** Option profiles and their share of the runs; the shares add up to 1. */
const PROFILES: ReadonlyArray<readonly [string, ArbitraryOptions, number]> = [
  ['mixed references', { embed: 'mixed' }, 0.3],
  ['mixed references, realistic', { embed: 'mixed', realistic: true }, 0.2],
  ['ids and codes only, realistic', { embed: 'ids', realistic: true }, 0.2],
  ['everything embedded, depth 1', { embed: 'embedded', maxDepth: 1 }, 0.15],
  ['everything embedded, depth 2, realistic', { embed: 'embedded', maxDepth: 2, realistic: true }, 0.15],
];

const LOWER_CASE_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The fields the server fills itself; every other field comes back as it was sent. */
const SERVER_FIELDS = [
  'id',
  'date_create',
  'date_update',
  'date_closed',
  'company_id',
  'company_code',
  'modified_dateutc',
];

function withoutServerFields(job: Payload): Payload {
  return Object.fromEntries(Object.entries(job).filter(([key]) => !SERVER_FIELDS.includes(key)));
}

/** The id the server must use: the client's, in lower case, unless the client gave none. */
function chosenId(request: Payload): string | undefined {
  const id = request.id;
  return typeof id === 'string' && id.toLowerCase() !== NIL_GUID ? id.toLowerCase() : undefined;
}

let service: RunningService;
/** Every id created so far: a generated request may reuse one, and must then get a 409. */
const taken = new Set<string>();

beforeAll(async () => {
  service = await startService({ maxJobs: RUNS * 2 });
});

afterAll(async () => {
  await service.close();
});

describe.each(PROFILES)('valid job requests (%s)', (_, options, share) => {
  it(
    'are created, read back and replaced; every job returned is a valid job response',
    async () => {
      const jobs = arbitrary('job', { ...options, direction: 'request' });
      await fc.assert(
        fc.asyncProperty(jobs, jobs, async (request, replacement) => {
          const id = chosenId(request);
          const created = await send(service, 'POST', '/api/Jobs', { json: request });
          if (id !== undefined && taken.has(id)) {
            expect(created.status).toBe(409);
            return;
          }
          expect(created.status, created.text).toBe(201);
          const job = created.body as Job;
          expect(job).toMatchContract('job', 'response');
          expect(withoutServerFields(job)).toEqual(withoutServerFields(throughJson(request)));
          const key = job.id as string;
          // The client's id, lower-cased as .NET writes GUIDs, or a new one.
          if (id === undefined) {
            expect(key).toMatch(LOWER_CASE_GUID);
          } else {
            expect(key).toBe(id);
          }
          taken.add(key);
          expect(created.headers.get('location')).toBe(jobPath(key));

          const read = await send(service, 'GET', jobPath(key));
          expect(read.status).toBe(200);
          expect(read.body).toEqual(job);

          // PUT replaces the job under the URL's id, whatever id the new body carries.
          const replaced = await send(service, 'PUT', jobPath(key), { json: replacement });
          expect(replaced.status, replaced.text).toBe(200);
          const updated = replaced.body as Job;
          expect(updated).toMatchContract('job', 'response');
          expect(updated.id).toBe(key);
          expect(withoutServerFields(updated)).toEqual(withoutServerFields(throughJson(replacement)));
          if (
            withoutUnset('job', 'request', { date_create: replacement.date_create }).date_create === undefined
          ) {
            expect(updated.date_create).toBe(job.date_create);
          }

          const reread = await send(service, 'GET', jobPath(key));
          expect(reread.body).toEqual(updated);
        }),
        { seed: SEED, numRuns: scaled(share) },
      );
    },
    TIMEOUT,
  );
});
