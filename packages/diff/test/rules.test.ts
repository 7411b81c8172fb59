// One minimal pair of schemas per rule: the diff reports that rule, alone, with the severity
// the direction calls for. A last test checks that the table covers the whole catalog.

import { describe, expect, it } from 'vitest';
import {
  type Change,
  type Direction,
  diffDocuments,
  RULE_IDS,
  type RuleId,
  type Severity,
} from '../src/index.js';
import { diffOne, document, rulesOf, type Schema } from './support/documents.js';

interface Case {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly direction?: Direction;
  readonly before?: Schema;
  readonly after?: Schema;
  /** For rules about whole documents: the two sets. */
  readonly sets?: readonly [Record<string, Schema>, Record<string, Schema>];
}

const text = (extra: Schema = {}): Schema => ({ type: ['string', 'null'], ...extra });
const one = (schema: Schema, extra: Schema = {}): Schema => ({ properties: { a: schema }, ...extra });
const closed = (properties: Schema): Schema => ({ properties, additionalProperties: false });
const group = (members: readonly string[]): Schema => ({
  'x-required-group': 'a_or_b',
  anyOf: members.map((member) => ({ required: [member], properties: { [member]: { type: 'string' } } })),
});
const condition = (required: readonly string[], flag: unknown = true): Schema => ({
  'x-conditional-required': 'flagged',
  if: { required: ['flag'], properties: { flag: { const: flag } } },
  // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword.
  then: { required },
});

const CASES: readonly Case[] = [
  {
    rule: 'entity-added',
    severity: 'non-breaking',
    sets: [{}, { 'thing.request.json': document({}) }],
  },
  {
    rule: 'entity-removed',
    severity: 'breaking',
    sets: [{ 'thing.response.json': document({}, 'thing', 'response') }, {}],
  },
  {
    rule: 'id-changed',
    severity: 'breaking',
    before: {},
    after: { $id: 'https://example.test/v2/thing.request.json' },
  },
  {
    rule: 'property-added',
    severity: 'non-breaking',
    before: closed({ a: text() }),
    after: closed({ a: text(), b: text() }),
  },
  {
    rule: 'property-removed',
    severity: 'breaking',
    before: closed({ a: text(), b: text() }),
    after: closed({ a: text() }),
  },
  {
    rule: 'required-added',
    severity: 'breaking',
    before: one(text()),
    after: one(text(), { required: ['a'] }),
  },
  {
    rule: 'required-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text(), { required: ['a'] }),
    after: one(text()),
  },
  {
    rule: 'additional-properties-closed',
    severity: 'breaking',
    before: one(text()),
    after: one(text(), { additionalProperties: false }),
  },
  {
    rule: 'additional-properties-opened',
    severity: 'breaking',
    direction: 'response',
    before: one(text(), { additionalProperties: false }),
    after: one(text(), { additionalProperties: true }),
  },
  { rule: 'type-narrowed', severity: 'breaking', before: one(text()), after: one({ type: 'string' }) },
  {
    rule: 'type-widened',
    severity: 'breaking',
    direction: 'response',
    before: one({ type: 'integer' }),
    after: one({ type: 'number' }),
  },
  {
    rule: 'type-changed',
    severity: 'breaking',
    direction: 'response',
    before: one({ type: 'string' }),
    after: one({ type: 'integer' }),
  },
  {
    rule: 'max-length-decreased',
    severity: 'breaking',
    before: one(text({ maxLength: 255 })),
    after: one(text({ maxLength: 50 })),
  },
  {
    rule: 'max-length-increased',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ maxLength: 50 })),
    after: one(text({ maxLength: 255 })),
  },
  {
    rule: 'min-length-increased',
    severity: 'breaking',
    before: one(text()),
    after: one(text({ minLength: 1 })),
  },
  {
    rule: 'min-length-decreased',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ minLength: 2 })),
    after: one(text({ minLength: 1 })),
  },
  { rule: 'pattern-added', severity: 'breaking', before: one(text()), after: one(text({ pattern: '\\S' })) },
  {
    rule: 'pattern-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ pattern: '\\S' })),
    after: one(text()),
  },
  {
    rule: 'pattern-changed',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ pattern: '^A' })),
    after: one(text({ pattern: '^B' })),
  },
  { rule: 'format-added', severity: 'breaking', before: one(text()), after: one(text({ format: 'uuid' })) },
  {
    rule: 'format-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ format: 'uuid' })),
    after: one(text()),
  },
  {
    rule: 'format-changed',
    severity: 'non-breaking',
    before: one(text({ format: 'date-time' })),
    after: one(text({ format: 'date-time-optional-offset' })),
  },
  {
    rule: 'minimum-increased',
    severity: 'breaking',
    before: one({ type: 'integer', minimum: -90 }),
    after: one({ type: 'integer', minimum: 0 }),
  },
  {
    rule: 'minimum-decreased',
    severity: 'breaking',
    direction: 'response',
    before: one({ type: 'integer', minimum: 0 }),
    after: one({ type: 'integer' }),
  },
  {
    rule: 'maximum-decreased',
    severity: 'breaking',
    before: one({ type: 'integer' }),
    after: one({ type: 'integer', maximum: 100 }),
  },
  {
    rule: 'maximum-increased',
    severity: 'breaking',
    direction: 'response',
    before: one({ type: 'integer', maximum: 90 }),
    after: one({ type: 'integer', maximum: 180 }),
  },
  {
    rule: 'enum-added',
    severity: 'breaking',
    before: one(text()),
    after: one(text({ enum: ['A', 'B', null] })),
  },
  {
    rule: 'enum-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ enum: ['A', 'B', null] })),
    after: one(text()),
  },
  {
    rule: 'enum-value-removed',
    severity: 'breaking',
    before: one(text({ enum: ['A', 'B', null] })),
    after: one(text({ enum: ['A', null] })),
  },
  {
    rule: 'enum-value-added',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ enum: ['A', null] })),
    after: one(text({ enum: ['A', 'B', null] })),
  },
  { rule: 'const-added', severity: 'breaking', before: one({}), after: one({ const: true }) },
  {
    rule: 'const-removed',
    severity: 'breaking',
    direction: 'response',
    before: one({ const: true }),
    after: one({}),
  },
  { rule: 'const-changed', severity: 'breaking', before: one({ const: 1 }), after: one({ const: 2 }) },
  {
    rule: 'any-of-added',
    severity: 'breaking',
    before: one({}),
    after: one({ anyOf: [{ type: 'string' }, { type: 'null' }] }),
  },
  {
    rule: 'any-of-removed',
    severity: 'breaking',
    direction: 'response',
    before: one({ anyOf: [{ type: 'string' }, { type: 'null' }] }),
    after: one({}),
  },
  {
    rule: 'any-of-branch-added',
    severity: 'breaking',
    direction: 'response',
    before: one({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }),
    after: one({ anyOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'null' }] }),
  },
  {
    rule: 'any-of-branch-removed',
    severity: 'breaking',
    before: one({ anyOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'null' }] }),
    after: one({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }),
  },
  {
    rule: 'all-of-entry-added',
    severity: 'breaking',
    before: one(text(), { allOf: [{ required: ['a'] }, { required: ['b'] }] }),
    after: one(text(), { allOf: [{ required: ['a'] }, { required: ['b'] }, { required: ['c'] }] }),
  },
  {
    rule: 'all-of-entry-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text(), { allOf: [{ required: ['a'] }, { required: ['b'] }, { required: ['c'] }] }),
    after: one(text(), { allOf: [{ required: ['a'] }, { required: ['b'] }] }),
  },
  {
    rule: 'required-group-added',
    severity: 'breaking',
    before: { allOf: [condition(['x'])] },
    after: { allOf: [condition(['x']), group(['a', 'b'])] },
  },
  {
    rule: 'required-group-removed',
    severity: 'non-breaking',
    before: { allOf: [condition(['x']), group(['a', 'b'])] },
    after: { allOf: [condition(['x'])] },
  },
  {
    rule: 'required-group-tightened',
    severity: 'breaking',
    before: { allOf: [group(['a', 'b'])] },
    after: { allOf: [group(['a'])] },
  },
  {
    rule: 'required-group-loosened',
    severity: 'non-breaking',
    before: { allOf: [group(['a'])] },
    after: { allOf: [group(['a', 'b'])] },
  },
  {
    rule: 'conditional-required-added',
    severity: 'breaking',
    before: { allOf: [group(['a'])] },
    after: { allOf: [group(['a']), condition(['x'])] },
  },
  {
    rule: 'conditional-required-removed',
    severity: 'non-breaking',
    before: { allOf: [group(['a']), condition(['x'])] },
    after: { allOf: [group(['a'])] },
  },
  {
    rule: 'conditional-required-tightened',
    severity: 'breaking',
    before: { allOf: [condition(['x'])] },
    after: { allOf: [condition(['x', 'y'])] },
  },
  {
    rule: 'conditional-required-loosened',
    severity: 'non-breaking',
    before: { allOf: [condition(['x', 'y'])] },
    after: { allOf: [condition(['x'])] },
  },
  {
    rule: 'condition-changed',
    severity: 'breaking',
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword.
    before: { if: { properties: { flag: { const: true } } }, then: { required: ['x'] } },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword.
    after: { if: { properties: { flag: { const: false } } }, then: { required: ['x'] } },
  },
  {
    rule: 'max-depth-decreased',
    severity: 'breaking',
    before: { 'x-max-depth': { property: '_parent', limit: 5 } },
    after: { 'x-max-depth': { property: '_parent', limit: 3 } },
  },
  {
    rule: 'max-depth-increased',
    severity: 'breaking',
    direction: 'response',
    before: { 'x-max-depth': { property: '_parent', limit: 5 } },
    after: {},
  },
  {
    rule: 'max-depth-changed',
    severity: 'breaking',
    before: { 'x-max-depth': { property: '_parent', limit: 5 } },
    after: { 'x-max-depth': { property: '_parent_thing', limit: 5 } },
  },
  {
    rule: 'max-nesting-decreased',
    severity: 'breaking',
    before: one({ type: ['object', 'null'], 'x-max-nesting': 32 }),
    after: one({ type: ['object', 'null'], 'x-max-nesting': 16 }),
  },
  {
    rule: 'max-nesting-increased',
    severity: 'breaking',
    direction: 'response',
    before: { additionalProperties: { 'x-max-nesting': 32 } },
    after: { additionalProperties: { 'x-max-nesting': 64 } },
  },
  { rule: 'false-schema-added', severity: 'breaking', before: one(text()), after: one(false as never) },
  {
    rule: 'false-schema-removed',
    severity: 'breaking',
    direction: 'response',
    before: { type: 'array', items: false },
    after: { type: 'array', items: true },
  },
  {
    rule: 'ref-target-changed',
    severity: 'breaking',
    sets: [
      {
        'thing.request.json': document(one({ $ref: 'a.request.json' })),
        'a.request.json': document(closed({ a: text() }), 'a'),
        'b.request.json': document(closed({ a: text({ maxLength: 5 }) }), 'b'),
      },
      {
        'thing.request.json': document(one({ $ref: 'b.request.json' })),
        'a.request.json': document(closed({ a: text() }), 'a'),
        'b.request.json': document(closed({ a: text({ maxLength: 5 }) }), 'b'),
      },
    ],
  },
  {
    rule: 'ref-unresolved',
    severity: 'breaking',
    before: one({ $ref: '#' }),
    after: one({ $ref: 'nowhere.request.json' }),
  },
  {
    rule: 'definition-added',
    severity: 'non-breaking',
    before: { $defs: {} },
    after: { $defs: { code: { type: 'string' } } },
  },
  {
    rule: 'definition-removed',
    severity: 'non-breaking',
    before: { $defs: { code: { type: 'string' } } },
    after: {},
  },
  {
    rule: 'description-changed',
    severity: 'non-breaking',
    before: one(text({ description: 'Name.' })),
    after: one(text({ description: 'Name of the thing.' })),
  },
  {
    rule: 'annotation-changed',
    severity: 'non-breaking',
    before: one(text({ readOnly: true })),
    after: one(text()),
  },
  {
    rule: 'sensitive-added',
    severity: 'non-breaking',
    before: one(text()),
    after: one(text({ 'x-sensitive': true })),
  },
  {
    rule: 'sensitive-removed',
    severity: 'breaking',
    direction: 'response',
    before: one(text({ 'x-sensitive': true })),
    after: one(text()),
  },
  {
    rule: 'unsupported-change',
    severity: 'breaking',
    before: one({ not: { type: 'null' } }),
    after: one({ not: { type: 'string' } }),
  },
];

function changesOf(testCase: Case): Change[] {
  if (testCase.sets !== undefined) {
    return diffDocuments(testCase.sets[0], testCase.sets[1]);
  }
  return diffOne(testCase.before ?? {}, testCase.after ?? {}, testCase.direction ?? 'request');
}

describe('rules', () => {
  it.each(CASES.map((testCase) => [testCase.rule, testCase] as const))('%s', (rule, testCase) => {
    const changes = changesOf(testCase);

    expect(rulesOf(changes)).toEqual([rule]);
    expect(changes[0]?.severity).toBe(testCase.severity);
    expect(changes[0]?.message).not.toMatch(/\n/);
  });

  it('has a case for every rule of the catalog', () => {
    expect(CASES.map((testCase) => testCase.rule).sort()).toEqual([...RULE_IDS].sort());
  });
});
