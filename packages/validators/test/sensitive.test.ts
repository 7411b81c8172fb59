import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJobRequest, parseUserRequest, redact } from '../src/index.js';
import { examplePayload, guidOf, minimalJob } from './support/payloads.js';

const user = {
  id: guidOf(7),
  username: 'an.peeters@example.com',
  lastname: 'Peeters',
  sales_organization_code: 'BE',
};
const sensitiveFields = [
  'bankaccount',
  'social_security',
  'emergency_contact',
  'private_email',
  'birthdate',
  'nationality',
];

describe('sensitive fields', () => {
  it('never appear in an issue, whatever their value', () => {
    // Marked with a character no message uses, so finding it means the value leaked (a short
    // unmarked value such as "must" would appear in any message by chance).
    const secret = fc.oneof(
      fc.string({ maxLength: 400 }).map((text) => `§${text}§`),
      fc.constantFrom(
        '§2025-13-45T99:99:99§',
        '§BE71 0961 2345 6769 BE71 0961 2345 6769 BE71 0961 2345 6769§',
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...sensitiveFields), secret, (field, value) => {
        const result = parseJobRequest(minimalJob({ suggested_user: { ...user, [field]: value } }));
        const text = JSON.stringify(result.ok ? [] : result.issues);

        expect(text).not.toContain('§');
      }),
      { numRuns: 300 },
    );
  });

  it('still say what is wrong with them', () => {
    const result = parseUserRequest({
      ...user,
      birthdate: '2025-02-30T00:00:00Z',
      bankaccount: 'B'.repeat(60),
    });

    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: '/bankaccount',
        rule: 'maxLength',
        message: 'bankaccount must be at most 50 characters',
        expected: 50,
      },
      {
        path: '/birthdate',
        rule: 'format',
        message:
          'birthdate must be a date and time with a UTC offset, such as 2025-12-29T02:53:27.9206821+00:00',
        expected: 'date-time',
      },
    ]);
  });
});

describe('redact', () => {
  it('masks every sensitive field, in embedded entities too, and leaves the rest', () => {
    const full = examplePayload('job.full.json');
    const redacted = redact('job', 'request', full) as Record<string, Record<string, unknown>>;
    const suggested = redacted.suggested_user as Record<string, unknown>;

    expect(suggested.bankaccount).toBe('[REDACTED]');
    expect(suggested.private_city).toBe('[REDACTED]');
    expect(suggested.birthdate).toBe('[REDACTED]');
    expect(suggested.lastname).toBe((full.suggested_user as Record<string, unknown>).lastname);
    expect(redacted.name).toBe(full.name);
    expect(JSON.stringify(redacted)).not.toContain(
      String((full.suggested_user as Record<string, unknown>).bankaccount),
    );
  });

  it('does not change its input, and keeps null as null', () => {
    const payload = minimalJob({ suggested_user: { ...user, bankaccount: 'BE71', social_security: null } });
    const before = structuredClone(payload);
    const redacted = redact('job', 'request', payload, { mask: '***' }) as {
      suggested_user: Record<string, unknown>;
    };

    expect(payload).toEqual(before);
    expect(redacted.suggested_user).toMatchObject({ bankaccount: '***', social_security: null });
  });

  it('copes with cycles, deep chains and non-objects', () => {
    const looped: Record<string, unknown> = minimalJob();
    looped._parent_job = looped;
    let deep: Record<string, unknown> = minimalJob({ suggested_user: { ...user, bankaccount: 'x' } });
    for (let i = 0; i < 50_000; i++) deep = { _parent_job: deep };

    const copy = redact('job', 'request', looped) as Record<string, unknown>;
    expect(copy._parent_job).toBe(copy);
    expect(() => redact('job', 'request', deep)).not.toThrow();
    expect(redact('job', 'request', 'text')).toBe('text');
    expect(redact('job', 'request', null)).toBe(null);
  });

  it('keeps a "__proto__" key as a plain property', () => {
    const payload = JSON.parse('{"name":"x","__proto__":{"polluted":true}}');
    const copy = redact('job', 'response', payload);

    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
  });
});
