// The routes one by one, over real HTTP: paths with parentheses, ids, the fields the server
// owns, not-found and malformed ids, and the list with its paging options.
import { NIL_GUID } from '@job-contracts/schemas/runtime';
import type { Job } from '@job-contracts/validators';
import { contractMatchers } from '@job-contracts/validators/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContractViolation, jobPath } from '../src/app.js';
import { contractViolationErrors, declaredStatuses } from './support/fragment.js';
import { type Answer, type RunningService, send, startService } from './support/service.js';

expect.extend(contractMatchers);

const PROJECT_ID = '8ebaecad-6bc5-402d-83eb-95919d2aa646';
const JOB = {
  name: 'Replace pump',
  project_id: PROJECT_ID,
  job_type_code: 'REPAIR',
  job_status_code: 'Open',
};
const UNKNOWN_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

let service: RunningService;

beforeAll(async () => {
  service = await startService();
});

afterAll(async () => {
  await service.close();
});

async function create(job: object = JOB): Promise<Job> {
  const answer = await send(service, 'POST', '/api/Jobs', { json: job });
  expect(answer.status, answer.text).toBe(201);
  expect(answer.body).toMatchContract('job', 'response');
  return answer.body as Job;
}

function expectViolation(answer: Answer, issue: { rule: string; path: string }): void {
  expect(answer.status, answer.text).toBe(400);
  expect(contractViolationErrors(answer.body)).toEqual([]);
  expect((answer.body as ContractViolation).issues).toContainEqual(expect.objectContaining(issue));
}

describe('POST /api/Jobs', () => {
  it('fills the fields the server owns and ignores read-only fields a client sends', async () => {
    const job = await create({
      ...JOB,
      date_closed: '2025-01-01T00:00:00Z',
      company_id: UNKNOWN_ID,
      company_code: 'CLIENT-SAYS',
      modified_dateutc: '2025-01-01T00:00:00Z',
    });
    expect(job).toMatchObject({
      ...JOB,
      date_closed: '1980-01-01T00:00:00',
      company_id: NIL_GUID,
      company_code: null,
    });
    expect(job.modified_dateutc).not.toBe('2025-01-01T00:00:00Z');
    expect(job.date_create).toBe(job.modified_dateutc);
    expect(job.date_update).toBe(job.modified_dateutc);
  });

  it('keeps the creation and update dates a client gives (imported history)', async () => {
    const job = await create({ ...JOB, date_create: '2019-05-01T08:00:00+02:00', date_update: null });
    expect(job.date_create).toBe('2019-05-01T08:00:00+02:00');
    expect(job.date_update).toBe(job.modified_dateutc);
  });

  it('derives the company from an embedded project', async () => {
    const companyId = 'c0ffee00-1234-4abc-8def-000000000001';
    const job = await create({
      name: 'Service visit',
      job_type_code: 'VISIT',
      job_status_code: 'Open',
      project: {
        id: PROJECT_ID,
        name: 'Boiler',
        company_code: 'ACME',
        company: { id: companyId, name: 'Acme' },
        project_status_code: 'A',
      },
    });
    expect(job).toMatchObject({ company_id: companyId, company_code: 'ACME' });
  });

  it("uses the client's id in lower case, and answers 409 when it is taken", async () => {
    const id = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';
    const job = await create({ ...JOB, id });
    expect(job.id).toBe(id.toLowerCase());
    const again = await send(service, 'POST', '/api/Jobs', { json: { ...JOB, id: id.toLowerCase() } });
    expect(again.status).toBe(409);
    expect((await send(service, 'GET', jobPath(id))).body).toEqual(job);
  });

  it('assigns an id when the client sends null or the nil GUID', async () => {
    const first = await create({ ...JOB, id: null });
    const second = await create({ ...JOB, id: NIL_GUID });
    expect(first.id).not.toBe(NIL_GUID);
    expect(second.id).not.toBe(NIL_GUID);
    expect(first.id).not.toBe(second.id);
  });

  it('answers with the path of the new job in Location', async () => {
    const answer = await send(service, 'POST', '/api/Jobs', { json: JOB });
    const { id } = answer.body as Job;
    expect(answer.headers.get('location')).toBe(`/api/Jobs(${id})`);
  });
});

describe('GET /api/Jobs({id})', () => {
  it('finds a job by its id in any case, with the parentheses plain or percent-encoded', async () => {
    const job = await create();
    const id = job.id as string;
    for (const path of [`/api/Jobs(${id})`, `/api/Jobs(${id.toUpperCase()})`, `/api/Jobs%28${id}%29`]) {
      const answer = await send(service, 'GET', path);
      expect(answer.status, path).toBe(200);
      expect(answer.body).toEqual(job);
    }
  });

  it.each([
    ['an unknown id', UNKNOWN_ID],
    ['a malformed id', 'not-a-guid'],
    ['an empty id', ''],
    ['the nil GUID', NIL_GUID],
  ])('answers 404 with no body for %s (the fragment declares no 400 here)', async (_, id) => {
    const answer = await send(service, 'GET', `/api/Jobs(${id})`);
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('');
  });
});

describe('PUT /api/Jobs({id})', () => {
  it('replaces the job, keeping its id and creation date', async () => {
    const job = await create();
    const answer = await send(service, 'PUT', jobPath(job.id as string), {
      json: { ...JOB, id: UNKNOWN_ID, name: 'Replace pump and valve' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchContract('job', 'response');
    expect(answer.body).toMatchObject({
      id: job.id,
      name: 'Replace pump and valve',
      date_create: job.date_create,
    });
    expect((await send(service, 'GET', jobPath(UNKNOWN_ID))).status).toBe(404);
  });

  it('answers 404 with no body for an unknown id', async () => {
    const answer = await send(service, 'PUT', jobPath(UNKNOWN_ID), { json: JOB });
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('');
  });

  it.each([
    ['a malformed id', 'not-a-guid'],
    ['an empty id', ''],
    ['a GUID with braces', `{${UNKNOWN_ID}}`],
  ])('answers 400 with a format issue at /id for %s, before reading the body', async (_, id) => {
    const answer = await send(service, 'PUT', `/api/Jobs(${encodeURIComponent(id)})`, { json: { name: '' } });
    expectViolation(answer, { rule: 'format', path: '/id' });
    expect((answer.body as ContractViolation).issues).toHaveLength(1);
  });
});

describe('GET /api/Jobs', () => {
  it('pages with $top and $skip, in creation order', async () => {
    const paged = await startService();
    try {
      const names = ['a', 'b', 'c', 'd', 'e'];
      for (const name of names) {
        expect((await send(paged, 'POST', '/api/Jobs', { json: { ...JOB, name } })).status).toBe(201);
      }
      const page = async (query: string) =>
        ((await send(paged, 'GET', `/api/Jobs${query}`)).body as Job[]).map((job) => job.name);
      expect(await page('')).toEqual(names);
      expect(await page('?$top=2')).toEqual(['a', 'b']);
      expect(await page('?$skip=3')).toEqual(['d', 'e']);
      expect(await page('?$skip=1&$top=2')).toEqual(['b', 'c']);
      expect(await page('?$skip=9')).toEqual([]);
      expect(await page('?$top=0')).toEqual([]);
    } finally {
      await paged.close();
    }
  });

  it('returns at most maxPageSize jobs, whatever $top asks for', async () => {
    const small = await startService({ maxPageSize: 2 });
    try {
      for (let index = 0; index < 3; index++) {
        await send(small, 'POST', '/api/Jobs', { json: JOB });
      }
      const answer = await send(small, 'GET', '/api/Jobs?$top=50');
      expect(answer.body).toHaveLength(2);
      for (const job of answer.body as Job[]) {
        expect(job).toMatchContract('job', 'response');
      }
    } finally {
      await small.close();
    }
  });

  it('forgets the oldest job when the store is full', async () => {
    const tiny = await startService({ maxJobs: 2 });
    try {
      const ids: string[] = [];
      for (const name of ['first', 'second', 'third']) {
        ids.push(
          ((await send(tiny, 'POST', '/api/Jobs', { json: { ...JOB, name } })).body as Job).id as string,
        );
      }
      expect((await send(tiny, 'GET', jobPath(ids[0] as string))).status).toBe(404);
      const names = ((await send(tiny, 'GET', '/api/Jobs')).body as Job[]).map((job) => job.name);
      expect(names).toEqual(['second', 'third']);
    } finally {
      await tiny.close();
    }
  });

  it.each([
    ['$top=abc', { rule: 'type', path: '/$top' }],
    ['$top=-1', { rule: 'type', path: '/$top' }],
    ['$skip=1.5', { rule: 'type', path: '/$skip' }],
    ['$top=1&$top=2', { rule: 'type', path: '/$top' }],
    ['$top=2147483648', { rule: 'maximum', path: '/$top' }],
    ["$filter=name eq 'x'", { rule: 'unknownProperty', path: '/$filter' }],
    ['$orderby=due_date desc', { rule: 'unknownProperty', path: '/$orderby' }],
    ['cache~buster/1=1', { rule: 'unknownProperty', path: '/cache~0buster~11' }],
  ])('answers 400 for ?%s', async (query, issue) => {
    expectViolation(await send(service, 'GET', `/api/Jobs?${encodeURI(query)}`), issue);
  });
});

describe('the fragment', () => {
  // Every status a test above receives, by operation; 409 and 413 are not in the fragment.
  const USED: ReadonlyArray<readonly ['/api/Jobs' | '/api/Jobs({id})', 'get' | 'post' | 'put', string[]]> = [
    ['/api/Jobs', 'get', ['200', '400']],
    ['/api/Jobs', 'post', ['201', '400']],
    ['/api/Jobs({id})', 'get', ['200', '404']],
    ['/api/Jobs({id})', 'put', ['200', '400', '404']],
  ];

  it.each(USED)(
    'declares every status %s %s answers with (besides 409 and 413)',
    (path, method, statuses) => {
      expect(declaredStatuses(path, method)).toEqual(expect.arrayContaining(statuses));
    },
  );
});
