import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reasonDateTime } from '../src/formats.js';
import { dateTimeFormat, dateTimeOptionalOffsetFormat, emailFormat, guidFormat } from '../src/index.js';

describe('uuid', () => {
  it.each([
    ['8ebaecad-6bc5-402d-83eb-95919d2aa646', true],
    ['8EBAECAD-6BC5-402D-83EB-95919D2AA646', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['urn:uuid:8ebaecad-6bc5-402d-83eb-95919d2aa646', false],
    ['{8ebaecad-6bc5-402d-83eb-95919d2aa646}', false],
    ['8ebaecad6bc5402d83eb95919d2aa646', false],
    ['8ebaecad-6bc5-402d-83eb-95919d2aa64', false],
    ['8ebaecad-6bc5-402d-83eb-95919d2aa6466', false],
    ['8ebaecad-6bc5-402d-83eb-95919d2aa64g', false],
    [' 8ebaecad-6bc5-402d-83eb-95919d2aa646', false],
    ['8ebaecad-6bc5-402d-83eb-95919d2aa646\n', false],
    ['', false],
  ])('%j is valid: %s', (value, valid) => {
    expect(guidFormat.validate(value)).toBe(valid);
    expect(guidFormat.explain(value) === undefined).toBe(valid);
  });

  it('agrees with the 8-4-4-4-12 pattern on any string', () => {
    const shape = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
    const hexish = fc.string({
      unit: fc.constantFrom(...'0123456789abcdefABCDEFg-{}'.split('')),
      minLength: 30,
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(hexish, fc.string()), (value) => guidFormat.validate(value) === shape.test(value)),
      {
        numRuns: 5000,
      },
    );
  });

  it('accepts every 8-4-4-4-12 hex string', () => {
    fc.assert(
      fc.property(fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8] }), (value) => guidFormat.validate(value)),
    );
  });
});

describe('date-time', () => {
  it.each([
    ['2025-12-29T02:53:27.9206821+00:00', true, true],
    ['2025-12-29T02:53:27+01:00', true, true],
    ['2025-12-29T02:53:27Z', true, true],
    ['2025-12-29t02:53:27z', true, true],
    ['2025-12-29T02:53:27.1-14:00', true, true],
    ['2025-12-29T02:53:27+14:00', true, true],
    ['2024-02-29T00:00:00Z', true, true],
    ['2000-02-29T00:00:00Z', true, true],
    ['0001-01-01T00:00:00Z', true, true],
    ['9999-12-31T23:59:59.9999999Z', true, true],
    ['2025-12-29T02:53:27', false, true],
    ['1980-01-01T00:00:00', false, true],
    ['2025-12-29T02:53:27.9206821', false, true],
    ['2025-12-29T02:53:27.92068213+00:00', false, false],
    ['2025-12-29T02:53:27.+00:00', false, false],
    ['2025-12-29T02:53:27+0000', false, false],
    ['2025-12-29T02:53:27+00', false, false],
    ['2025-12-29T02:53:27+14:30', false, false],
    ['2025-12-29T02:53:27+15:00', false, false],
    ['2025-12-29T02:53:27+01:60', false, false],
    ['2025-12-31T23:59:60Z', false, false],
    ['2025-06-30T23:59:60Z', false, false],
    ['0000-01-01T00:00:00Z', false, false],
    ['2025-02-29T00:00:00Z', false, false],
    ['1900-02-29T00:00:00Z', false, false],
    ['2025-04-31T00:00:00Z', false, false],
    ['2025-13-01T00:00:00Z', false, false],
    ['2025-00-01T00:00:00Z', false, false],
    ['2025-01-00T00:00:00Z', false, false],
    ['2025-01-01T24:00:00Z', false, false],
    ['2025-01-01T23:60:00Z', false, false],
    ['2025-01-01 00:00:00Z', false, false],
    ['2025-01-01', false, false],
    ['25-01-01T00:00:00Z', false, false],
    ['+002025-01-01T00:00:00Z', false, false],
    ['2025-01-01T00:00:00Z\n', false, false],
    ['２０２５-01-01T00:00:00Z', false, false],
  ])('%j is valid in a request: %s, in a response: %s', (value, inRequest, inResponse) => {
    expect(dateTimeFormat.validate(value)).toBe(inRequest);
    expect(dateTimeOptionalOffsetFormat.validate(value)).toBe(inResponse);
  });

  it('tells the sender to add an offset when there is none', () => {
    expect(dateTimeFormat.explain('2025-12-29T02:53:27')).toBe(
      'has no UTC offset: add one such as Z or +00:00',
    );
  });

  it.each([
    ['2025-02-29T00:00:00Z', 'has day 29, but 2025-02 has 28 days'],
    ['2025-12-31T23:59:60Z', 'has second 60: leap seconds are not accepted, seconds run from 00 to 59'],
    ['0000-01-01T00:00:00Z', 'has year 0000, which does not exist: years start at 0001'],
    ['2025-12-29T02:53:27.92068213Z', 'has 8 fractional-second digits; at most 7 are kept'],
    ['2025-12-29T02:53:27+15:00', 'has offset +15:00, outside -14:00 to +14:00'],
    ['yesterday', 'must be a date and time such as 2025-12-29T02:53:27.9206821+00:00'],
  ])('explains why %j is wrong', (value, reason) => {
    expect(dateTimeFormat.explain(value)).toBe(reason);
  });

  it('accepts every real instant written with an offset and 0 to 7 fractional digits', () => {
    const instant = fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const offset = fc.tuple(
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 59 }),
    );
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 7 }), offset, (date, digits, [sign, hours, minutes]) => {
        const [base = '', fraction = ''] = date.toISOString().slice(0, -1).split('.');
        const fractionPart = digits === 0 ? '' : `.${fraction.padEnd(7, '0').slice(0, digits)}`;
        const pad = (n: number) => String(n).padStart(2, '0');
        const value = `${base}${fractionPart}${sign}${pad(hours)}:${pad(minutes)}`;
        return dateTimeFormat.validate(value) && dateTimeOptionalOffsetFormat.validate(value);
      }),
    );
  });

  it('agrees with the calendar on every day-of-month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const probe = new Date(Date.UTC(2000, month - 1, day));
          probe.setUTCFullYear(year);
          const real = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
          const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;
          return dateTimeFormat.validate(value) === real;
        },
      ),
    );
  });

  it('checks exactly what it explains: the fast scanner and the explaining rule agree', () => {
    const valid = fc.constantFrom<string>(
      '2025-12-29T02:53:27.9206821+00:00',
      '2024-02-29T23:59:59Z',
      '0001-01-01T00:00:00-14:00',
    );
    const edit = fc.tuple(fc.nat(40), fc.constantFrom(...'0123456789:-+.TtZz x9'.split('')), fc.boolean());
    const near = fc.tuple(valid, fc.array(edit, { maxLength: 3 })).map(([value, edits]) =>
      edits.reduce<string>((text, [at, char, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + char + text.slice(insert ? i : i + 1);
      }, value),
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 40 })), (value) => {
        expect(dateTimeFormat.validate(value)).toBe(reasonDateTime(value, true) === undefined);
        expect(dateTimeOptionalOffsetFormat.validate(value)).toBe(reasonDateTime(value, false) === undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it('never throws and rejects anything longer than a date-time can be, unread', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const valid = dateTimeOptionalOffsetFormat.validate(value);
        return value.length <= 33 || !valid;
      }),
    );
    const huge = `2025-12-29T02:53:27Z${'0'.repeat(10_000_000)}`;
    expect(dateTimeFormat.validate(huge)).toBe(false);
  });
});

describe('email', () => {
  it.each([
    ['an.peeters@example.com', true],
    ['a@b.be', true],
    ['first.last+tag@sub.example.co.uk', true],
    ['sample string 16', false],
    ['an.peeters@example', false],
    ['@example.com', false],
    ['an@@example.com', false],
    ['an@exa@mple.com', false],
    ['an peeters@example.com', false],
    ['an@example.com.', false],
    ['an@.com', false],
    ['', false],
  ])('%j is valid: %s', (value, valid) => {
    expect(emailFormat.validate(value)).toBe(valid);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => typeof emailFormat.validate(value) === 'boolean'),
    );
  });
});
