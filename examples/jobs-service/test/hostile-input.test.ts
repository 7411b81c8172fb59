// Bodies no client should send: not JSON, the wrong content type, too large, too deep, built
// to pollute prototypes or to flood the answer with issues. Each gets a 4xx in the fragment's
// ContractViolation shape, and the service goes on serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractViolation } from '../src/app.js';
import { contractViolationErrors } from './support/fragment.js';
import { type Answer, type RunningService, send, startService } from './support/service.js';

const VALID_JOB = {
  name: 'Replace pump',
  project_id: '8ebaecad-6bc5-402d-83eb-95919d2aa646',
  job_type_code: 'REPAIR',
  job_status_code: 'Open',
};
const BODY_LIMIT = 64 * 1024;

let service: RunningService;

beforeAll(async () => {
  service = await startService({ bodyLimit: BODY_LIMIT });
});

afterAll(async () => {
  await service.close();
});

function postRaw(raw: string, contentType = 'application/json'): Promise<Answer> {
  return send(service, 'POST', '/api/Jobs', { raw, headers: { 'content-type': contentType } });
}

/** The answer is `status` with a ContractViolation body that has `issue` among its issues. */
function expectViolation(
  answer: Answer,
  status: number,
  issue: { rule: string; path: string },
): ContractViolation {
  expect(answer.status, answer.text).toBe(status);
  expect(contractViolationErrors(answer.body)).toEqual([]);
  const violation = answer.body as ContractViolation;
  expect(violation.issues).toContainEqual(expect.objectContaining(issue));
  return violation;
}

describe('bodies that cannot be read', () => {
  it.each([
    ['truncated JSON', '{"name": '],
    ['a trailing comma', '{"name": "x",}'],
    ['single quotes', "{'name': 'x'}"],
    ['two documents', '{} {}'],
  ])('%s is a 400 unreadable', async (_, raw) => {
    expectViolation(await postRaw(raw), 400, { rule: 'unreadable', path: '' });
  });

  it('an empty JSON body is a 400 unreadable', async () => {
    expectViolation(await postRaw(''), 400, { rule: 'unreadable', path: '' });
  });

  it('no body at all is a 400: a job must be an object', async () => {
    expectViolation(await send(service, 'POST', '/api/Jobs'), 400, { rule: 'type', path: '' });
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    'multipart/form-data; boundary=x',
  ])('Content-Type %s is a 400 unreadable', async (contentType) => {
    const answer = await postRaw(JSON.stringify(VALID_JOB), contentType);
    const { issues } = expectViolation(answer, 400, { rule: 'unreadable', path: '' });
    expect(issues[0]?.message).toContain('application/json');
  });

  it('application/json with a charset is read', async () => {
    expect((await postRaw(JSON.stringify(VALID_JOB), 'application/json; charset=utf-8')).status).toBe(201);
  });

  it('a parse error never quotes the body, which may hold a sensitive value', async () => {
    const answer = await postRaw('{"name": "x", "secret-4711": tru');
    expectViolation(answer, 400, { rule: 'unreadable', path: '' });
    expect(answer.text).not.toContain('4711');
  });
});

describe('prototype pollution', () => {
  it.each([
    ['__proto__ at the top', `{"__proto__": {"polluted": true}, "name": "x"}`],
    ['__proto__ in an embedded project', `{"name": "x", "project": {"__proto__": {"polluted": true}}}`],
    ['constructor.prototype', `{"name": "x", "constructor": {"prototype": {"polluted": true}}}`],
  ])('%s is refused as unreadable, and nothing is polluted', async (_, raw) => {
    expectViolation(await postRaw(raw), 400, { rule: 'unreadable', path: '' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a plain "constructor" property is an unknown property like any other', async () => {
    const answer = await send(service, 'POST', '/api/Jobs', { json: { ...VALID_JOB, constructor: 1 } });
    expectViolation(answer, 400, { rule: 'unknownProperty', path: '/constructor' });
  });
});

describe('size and depth', () => {
  it('a body over the limit is a 413, refused before it is read', async () => {
    const raw = JSON.stringify({ ...VALID_JOB, description: 'x'.repeat(BODY_LIMIT) });
    const { issues } = expectViolation(await postRaw(raw), 413, { rule: 'unreadable', path: '' });
    expect(issues[0]?.message).toContain(String(BODY_LIMIT));
  });

  it('a huge string within the limit is one maxLength issue', async () => {
    const answer = await send(service, 'POST', '/api/Jobs', {
      json: { ...VALID_JOB, name: 'x'.repeat(BODY_LIMIT - 200) },
    });
    const { issues } = expectViolation(answer, 400, { rule: 'maxLength', path: '/name' });
    expect(issues).toHaveLength(1);
    expect(answer.text.length).toBeLessThan(1000);
  });

  it('a parent chain thousands of jobs deep is a maxDepth issue, not a stack overflow', async () => {
    const levels = Math.floor(BODY_LIMIT / 20);
    const raw = `${'{"name":"x","_parent_job":'.repeat(levels)}{"name":"x"}${'}'.repeat(levels)}`;
    expect(raw.length).toBeLessThan(BODY_LIMIT * 2);
    const big = await startService({ bodyLimit: raw.length + 1 });
    try {
      const answer = await send(big, 'POST', '/api/Jobs', {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expectViolation(answer, 400, { rule: 'maxDepth', path: '' });
    } finally {
      await big.close();
    }
  });

  it('arrays nested 30 000 deep are a type issue', async () => {
    const raw = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expectViolation(await postRaw(raw), 400, { rule: 'type', path: '' });
  });

  it('a deep value under an unknown property is an unknownProperty issue', async () => {
    const raw = `{"name":"x","extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    expectViolation(await postRaw(raw), 400, { rule: 'unknownProperty', path: '/extra' });
  });

  it('a flood of errors is cut at 100 issues and marked truncated', async () => {
    const flood = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`unknown_${index}`, index]));
    const answer = await send(service, 'POST', '/api/Jobs', { json: { ...VALID_JOB, ...flood } });
    const violation = expectViolation(answer, 400, { rule: 'unknownProperty', path: '/unknown_0' });
    expect(violation.issues).toHaveLength(100);
    expect(violation.truncated).toBe(true);
  });
});

describe('after all of the above', () => {
  it('the service still serves requests, and stored only valid jobs', async () => {
    const list = await send(service, 'GET', '/api/Jobs');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ name: 'Replace pump' })]);
  });
});
