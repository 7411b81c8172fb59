import { describe, expect, it } from 'vitest';
import { contractMatchers } from '../src/vitest.js';
import { minimalJob } from './support/payloads.js';

expect.extend(contractMatchers);

describe('contract matchers', () => {
  it('pass for a valid payload and for the violation it breaks', () => {
    expect(minimalJob()).toMatchContract('job', 'request');
    expect(minimalJob({ name: '' })).toViolate('job', 'request', { rule: 'required', path: '/name' });
    expect(minimalJob({ name: '' })).not.toMatchContract('job');
    expect(minimalJob()).not.toViolate('job', 'request', { rule: 'required' });
  });

  it('list each issue, with its path, when a payload breaks the contract', () => {
    const failure = contractMatchers.toMatchContract(
      minimalJob({ name: '', due_date: 'soon' }),
      'job',
      'request',
    );

    expect(failure.pass).toBe(false);
    expect(failure.message()).toBe(
      'expected a valid job request; found 2 issue(s):\n  /name [required] name must not be blank\n  /due_date [format] due_date must be a date and time such as 2025-12-29T02:53:27.9206821+00:00',
    );
  });

  it('say which issues there were when the expected violation is missing', () => {
    const failure = contractMatchers.toViolate(minimalJob({ name: '' }), 'job', 'request', {
      rule: 'maxLength',
      path: '/name',
    });

    expect(failure.pass).toBe(false);
    expect(failure.message()).toBe(
      'expected the job request to break maxLength at /name; its issues are:\n  /name [required] name must not be blank',
    );
  });
});
