import { DIRECTIONS, ENTITY_NAMES } from '@job-contracts/schemas/runtime';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import {
  assertJobRequest,
  ContractError,
  ContractUsageError,
  isJobRequest,
  type JobRequest,
  validate,
} from '../src/index.js';
import { minimalJob } from './support/payloads.js';

const pascal = (name: string) =>
  name.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

describe('the API', () => {
  it('has a guard, a parser and an asserter for every entity and direction', () => {
    for (const entity of ENTITY_NAMES) {
      for (const direction of DIRECTIONS) {
        const type = direction === 'request' ? `${pascal(entity)}Request` : pascal(entity);
        for (const prefix of ['is', 'parse', 'assert']) {
          expect(typeof (api as Record<string, unknown>)[`${prefix}${type}`], `${prefix}${type}`).toBe(
            'function',
          );
        }
      }
    }
  });

  it('narrows with the guard and the asserter', () => {
    const data: unknown = minimalJob();
    if (isJobRequest(data)) {
      expectTypeOf(data).toEqualTypeOf<JobRequest>();
      expectTypeOf(data.name).toEqualTypeOf<string>();
    }
    assertJobRequest(data);
    expectTypeOf(data).toEqualTypeOf<JobRequest>();
  });

  it('throws a ContractError carrying the issues from the asserter', () => {
    let caught: unknown;
    try {
      assertJobRequest(minimalJob({ name: '' }));
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ContractError);
    expect(caught).toMatchObject({
      code: 'CONTRACT_VIOLATION',
      entity: 'job',
      direction: 'request',
      issues: [{ path: '/name', rule: 'required' }],
      message: 'job request breaks the contract (1 issue):\n  /name: name must not be blank',
    });
  });

  it('rejects an unknown entity, direction or option as a usage error, not as an issue', () => {
    expect(() => validate('jobs' as 'job', 'request', {})).toThrow(ContractUsageError);
    expect(() => validate('job', 'inbound' as 'request', {})).toThrow(/unknown direction "inbound"/);
    expect(() => validate('job', 'request', {}, { maxIssues: 0 })).toThrow(
      /maxIssues must be a positive integer/,
    );
    expect(() => validate('toString' as 'job', 'request', {})).toThrow(/unknown entity "toString"/);
  });
});
