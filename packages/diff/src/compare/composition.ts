import { isJsonObject, type JsonObject, preview } from '../json.js';
import { descend, report, type Scope, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';
import { pairEntries } from './match.js';

function entriesOf(schema: JsonObject, keyword: 'anyOf' | 'allOf'): unknown[] | undefined {
  const value = schema[keyword];
  return Array.isArray(value) ? value : undefined;
}

/** The property a group member requires: `{ required: ["project_id"] }` is `project_id`. */
function memberOf(branch: unknown): string {
  if (isJsonObject(branch) && Array.isArray(branch.required) && branch.required.length > 0) {
    return branch.required.map((name) => `\`${String(name)}\``).join(' and ');
  }
  return preview(branch);
}

/** The scope of an `allOf` entry: the group or condition it names, if any. */
function scopeOf(entry: unknown, fallback: Scope): Scope {
  if (isJsonObject(entry) && typeof entry['x-required-group'] === 'string') {
    return { kind: 'group', name: entry['x-required-group'] };
  }
  if (isJsonObject(entry) && typeof entry['x-conditional-required'] === 'string') {
    return { kind: 'condition', name: entry['x-conditional-required'] };
  }
  return fallback;
}

/**
 * `anyOf`, branch by branch. More branches accept more. Inside an "at least one of" group a
 * branch is a member: one fewer is one way fewer to satisfy the group.
 */
export const anyOfKeyword: KeywordComparer = {
  keywords: ['anyOf'],
  compare(oldSchema, newSchema, context, recurse) {
    const oldBranches = entriesOf(oldSchema, 'anyOf');
    const newBranches = entriesOf(newSchema, 'anyOf');
    const where = subject(context);
    if (oldBranches === undefined && newBranches === undefined) {
      if (oldSchema.anyOf !== undefined || newSchema.anyOf !== undefined) {
        report(context, 'unsupported-change', `${where}: anyOf is not a list`, { oldSegments: ['anyOf'] });
      }
      return;
    }
    if (oldBranches === undefined || newBranches === undefined) {
      const added = oldBranches === undefined;
      report(
        context,
        added ? 'any-of-added' : 'any-of-removed',
        added ? `${where} must now match one of ${newBranches?.length} schemas` : `${where} lost its anyOf`,
        { oldSegments: ['anyOf'] },
      );
      return;
    }
    const group = context.scope.kind === 'group' ? context.scope.name : undefined;
    const pairing = pairEntries(oldBranches, newBranches, context.old, context.new);
    for (const [oldIndex, newIndex] of pairing.matched) {
      recurse(
        oldBranches[oldIndex],
        newBranches[newIndex],
        descend(context, ['anyOf', oldIndex], ['anyOf', newIndex]),
      );
    }
    for (const index of pairing.removed) {
      const member = memberOf(oldBranches[index]);
      report(
        context,
        group === undefined ? 'any-of-branch-removed' : 'required-group-tightened',
        group === undefined
          ? `${where} no longer accepts the alternative ${preview(oldBranches[index])}`
          : `group "${group}": ${member} no longer satisfies it`,
        { oldSegments: ['anyOf', index], newSegments: ['anyOf'] },
      );
    }
    for (const index of pairing.added) {
      const member = memberOf(newBranches[index]);
      report(
        context,
        group === undefined ? 'any-of-branch-added' : 'required-group-loosened',
        group === undefined
          ? `${where} now also accepts the alternative ${preview(newBranches[index])}`
          : `group "${group}": ${member} now satisfies it too`,
        { oldSegments: ['anyOf'], newSegments: ['anyOf', index] },
      );
    }
  },
};

/**
 * `allOf`, entry by entry; entries that carry `x-required-group` or `x-conditional-required`
 * are paired by that name and reported as groups and conditions.
 */
export const allOfKeyword: KeywordComparer = {
  keywords: ['allOf'],
  compare(oldSchema, newSchema, context, recurse) {
    const oldEntries = entriesOf(oldSchema, 'allOf') ?? [];
    const newEntries = entriesOf(newSchema, 'allOf') ?? [];
    const where = subject(context);
    const malformed = (schema: JsonObject): boolean =>
      schema.allOf !== undefined && !Array.isArray(schema.allOf);
    if (malformed(oldSchema) || malformed(newSchema)) {
      report(context, 'unsupported-change', `${where}: allOf is not a list`, { oldSegments: ['allOf'] });
      return;
    }
    const pairing = pairEntries(oldEntries, newEntries, context.old, context.new);
    for (const [oldIndex, newIndex] of pairing.matched) {
      const scope = scopeOf(newEntries[newIndex], scopeOf(oldEntries[oldIndex], context.scope));
      recurse(
        oldEntries[oldIndex],
        newEntries[newIndex],
        descend(context, ['allOf', oldIndex], ['allOf', newIndex], { scope }),
      );
    }
    const describe = (entry: unknown, added: boolean): Parameters<typeof report>[1] => {
      const scope = scopeOf(entry, { kind: 'plain' });
      if (scope.kind === 'group') {
        return added ? 'required-group-added' : 'required-group-removed';
      }
      if (scope.kind === 'condition') {
        return added ? 'conditional-required-added' : 'conditional-required-removed';
      }
      return added ? 'all-of-entry-added' : 'all-of-entry-removed';
    };
    const name = (entry: unknown): string => {
      const scope = scopeOf(entry, { kind: 'plain' });
      if (scope.kind === 'group') {
        return `the "at least one of" group "${scope.name}"`;
      }
      return scope.kind === 'condition' ? `the conditional requirement "${scope.name}"` : preview(entry);
    };
    for (const index of pairing.removed) {
      report(
        context,
        describe(oldEntries[index], false),
        `${where} no longer has ${name(oldEntries[index])}`,
        {
          oldSegments: ['allOf', index],
          newSegments: ['allOf'],
        },
      );
    }
    for (const index of pairing.added) {
      report(context, describe(newEntries[index], true), `${where} now has ${name(newEntries[index])}`, {
        oldSegments: ['allOf'],
        newSegments: ['allOf', index],
      });
    }
  },
};
