/** A string format these schemas use, with a check and a reason for a failing value. */
export interface FormatDefinition {
  /** The value of the `format` keyword. */
  readonly name: string;
  /** What a valid value looks like, in plain words. */
  readonly description: string;
  /** True when the string is a valid value. Runs in time linear in the string's length. */
  validate(value: string): boolean;
  /** Why the string is not valid, as a clause to follow the field name; undefined when it is valid. */
  explain(value: string): string | undefined;
}

const GUID_LENGTH = 36;

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** 8-4-4-4-12 hex digits, read character by character: no regular expression, no allocation. */
function isGuid(value: string): boolean {
  if (value.length !== GUID_LENGTH) {
    return false;
  }
  for (let i = 0; i < GUID_LENGTH; i++) {
    const code = value.charCodeAt(i);
    const ok = i === 8 || i === 13 || i === 18 || i === 23 ? code === 45 : isHexDigit(code);
    if (!ok) {
      return false;
    }
  }
  return true;
}

/** A GUID as .NET writes it: 8-4-4-4-12 hexadecimal digits, any case, no braces or prefix. */
export const guidFormat: FormatDefinition = {
  name: 'uuid',
  description: 'a GUID such as 8ebaecad-6bc5-402d-83eb-95919d2aa646 (8-4-4-4-12 hex digits)',
  validate: isGuid,
  explain: (value) =>
    isGuid(value)
      ? undefined
      : 'must be a GUID of 8-4-4-4-12 hexadecimal digits, such as 8ebaecad-6bc5-402d-83eb-95919d2aa646',
};

// Shortest valid value: 2025-12-29T02:53:27 (19 characters); longest: with 7 fractional
// digits and an offset (33). Values up to 40 characters are parsed so that an 8th or 9th
// fractional digit gets its own message; anything longer is rejected unread.
const DATE_TIME_MIN_LENGTH = 19;
const DATE_TIME_HINT = 'must be a date and time such as 2025-12-29T02:53:27.9206821+00:00';
const DATE_TIME_PARSE_LIMIT = 40;
const DATE_TIME_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-](\d{2}):(\d{2}))?$/;
const MAX_FRACTION_DIGITS = 7;
const MAX_OFFSET_HOURS = 14;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** A digit's value, or -1 for any other character. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** A two-digit number, or -1 when either character is not a digit. */
function twoDigitsAt(value: string, index: number): number {
  const tens = digitAt(value, index);
  const ones = digitAt(value, index + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

const DATE_TIME_MAX_LENGTH = 33;

/**
 * The date-time check itself, read character by character: no regular expression and no
 * allocation, because it runs for every date of every payload. {@link reasonDateTime} is
 * the same rule written for explaining; a test holds the two to the same verdicts.
 */
function isDateTime(value: string, offsetRequired: boolean): boolean {
  const length = value.length;
  if (length < DATE_TIME_MIN_LENGTH || length > DATE_TIME_MAX_LENGTH) {
    return false;
  }
  const century = twoDigitsAt(value, 0);
  const yearInCentury = twoDigitsAt(value, 2);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  const hour = twoDigitsAt(value, 11);
  const minute = twoDigitsAt(value, 14);
  const second = twoDigitsAt(value, 17);
  const separator = value.charCodeAt(10);
  if (
    century < 0 ||
    yearInCentury < 0 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    (separator !== 84 && separator !== 116) ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  ) {
    return false;
  }
  const year = century * 100 + yearInCentury;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return false;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return false;
  }

  let index = 19;
  if (index < length && value.charCodeAt(index) === 46) {
    const start = ++index;
    while (index < length && digitAt(value, index) >= 0) index++;
    const digits = index - start;
    if (digits < 1 || digits > MAX_FRACTION_DIGITS) {
      return false;
    }
  }
  if (index === length) {
    return !offsetRequired;
  }
  const sign = value.charCodeAt(index);
  if (sign === 90 || sign === 122) {
    return index + 1 === length;
  }
  if ((sign !== 43 && sign !== 45) || length - index !== 6 || value.charCodeAt(index + 3) !== 58) {
    return false;
  }
  const offsetHours = twoDigitsAt(value, index + 1);
  const offsetMinutes = twoDigitsAt(value, index + 4);
  return (
    offsetHours >= 0 &&
    offsetMinutes >= 0 &&
    offsetMinutes <= 59 &&
    (offsetHours < MAX_OFFSET_HOURS || (offsetHours === MAX_OFFSET_HOURS && offsetMinutes === 0))
  );
}

/**
 * Why a date-time is invalid, or undefined when it is valid: the rule written for
 * explaining, with a regular expression. Shared by both date-time formats.
 */
export function reasonDateTime(value: string, offsetRequired: boolean): string | undefined {
  const shapeHint = DATE_TIME_HINT;
  // The length check comes first so a huge string never reaches the regular expression.
  if (value.length < DATE_TIME_MIN_LENGTH || value.length > DATE_TIME_PARSE_LIMIT) {
    return shapeHint;
  }
  const match = DATE_TIME_SHAPE.exec(value);
  if (match === null) {
    return shapeHint;
  }

  const [, y, mo, d, h, mi, s, fraction, offset, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1) {
    return 'has year 0000, which does not exist: years start at 0001';
  }
  if (month < 1 || month > 12) {
    return `has month ${mo}, which does not exist`;
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return `has day ${d}, but ${y}-${mo} has ${daysInMonth(year, month)} days`;
  }
  if (Number(h) > 23 || Number(mi) > 59) {
    return `has time ${h}:${mi}, which does not exist`;
  }
  if (Number(s) > 59) {
    return `has second ${s}: leap seconds are not accepted, seconds run from 00 to 59`;
  }
  if (fraction !== undefined && fraction.length > MAX_FRACTION_DIGITS) {
    return `has ${fraction.length} fractional-second digits; at most ${MAX_FRACTION_DIGITS} are kept`;
  }
  if (offset === undefined) {
    return offsetRequired ? 'has no UTC offset: add one such as Z or +00:00' : undefined;
  }
  if (offsetHours !== undefined) {
    const hours = Number(offsetHours);
    const minutes = Number(offsetMinutes);
    if (minutes > 59 || hours > MAX_OFFSET_HOURS || (hours === MAX_OFFSET_HOURS && minutes > 0)) {
      return `has offset ${offset}, outside -14:00 to +14:00`;
    }
  }
  return undefined;
}

/**
 * An RFC 3339 date-time with 0 to 7 fractional digits and an explicit offset (`Z` or
 * `±HH:MM`, within ±14:00), on a real calendar day, with no leap second. What a request
 * must send.
 */
export const dateTimeFormat: FormatDefinition = {
  name: 'date-time',
  description: 'a date and time with a UTC offset, such as 2025-12-29T02:53:27.9206821+00:00',
  validate: (value) => isDateTime(value, true),
  explain: (value) => (isDateTime(value, true) ? undefined : (reasonDateTime(value, true) ?? DATE_TIME_HINT)),
};

/**
 * Like {@link dateTimeFormat}, but the offset may be missing, because the server writes
 * some dates (the 1980-01-01 "unset" sentinel among them) without one. Used in responses.
 */
export const dateTimeOptionalOffsetFormat: FormatDefinition = {
  name: 'date-time-optional-offset',
  description: 'a date and time, with or without a UTC offset, such as 2025-12-29T02:53:27',
  validate: (value) => isDateTime(value, false),
  explain: (value) =>
    isDateTime(value, false) ? undefined : (reasonDateTime(value, false) ?? DATE_TIME_HINT),
};

function isWhiteSpace(code: number): boolean {
  return code <= 0x20 || code === 0x7f || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function explainEmail(value: string): string | undefined {
  const hint = 'must be an e-mail address such as name@example.com';
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) {
    return hint;
  }
  const dot = value.lastIndexOf('.');
  if (dot < at + 2 || dot === value.length - 1) {
    return hint;
  }
  for (let i = 0; i < value.length; i++) {
    if (isWhiteSpace(value.charCodeAt(i))) {
      return 'must be an e-mail address without spaces';
    }
  }
  return undefined;
}

/**
 * A practical e-mail address: one `@`, something before it, a dotted domain after it, no
 * white space. Deliberately looser than RFC 5321: the goal is to catch values that are not
 * addresses at all, not to reject unusual but deliverable ones.
 */
export const emailFormat: FormatDefinition = {
  name: 'email',
  description: 'an e-mail address such as name@example.com',
  validate: (value) => explainEmail(value) === undefined,
  explain: explainEmail,
};

/** Every format the schemas use, by the name that appears in their `format` keyword. */
export const formats: Readonly<Record<string, FormatDefinition>> = {
  [guidFormat.name]: guidFormat,
  [dateTimeFormat.name]: dateTimeFormat,
  [dateTimeOptionalOffsetFormat.name]: dateTimeOptionalOffsetFormat,
  [emailFormat.name]: emailFormat,
};
