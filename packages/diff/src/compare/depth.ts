import { isJsonObject, preview, sameJson } from '../json.js';
import { report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

interface MaxDepth {
  readonly property: string;
  readonly limit: number;
}

function readMaxDepth(value: unknown): MaxDepth | undefined {
  if (isJsonObject(value) && typeof value.property === 'string' && typeof value.limit === 'number') {
    return { property: value.property, limit: value.limit };
  }
  return undefined;
}

/** `x-max-depth: { property, limit }`: how many parents a self-embedding chain may carry. */
export const maxDepthKeyword: KeywordComparer = {
  keywords: ['x-max-depth'],
  compare(oldSchema, newSchema, context) {
    const before = oldSchema['x-max-depth'];
    const after = newSchema['x-max-depth'];
    if (sameJson(before, after)) {
      return;
    }
    const where = subject(context);
    const options = { oldSegments: ['x-max-depth'] };
    const oldDepth = readMaxDepth(before);
    const newDepth = readMaxDepth(after);
    if ((before !== undefined && oldDepth === undefined) || (after !== undefined && newDepth === undefined)) {
      report(
        context,
        'unsupported-change',
        `${where}: x-max-depth ${preview(after)} is not { property, limit }`,
        options,
      );
    } else if (oldDepth === undefined && newDepth !== undefined) {
      report(
        context,
        'max-depth-decreased',
        `${where}: \`${newDepth.property}\` chains are now limited to ${newDepth.limit} levels`,
        options,
      );
    } else if (newDepth === undefined && oldDepth !== undefined) {
      report(
        context,
        'max-depth-increased',
        `${where}: \`${oldDepth.property}\` chains are no longer limited (was ${oldDepth.limit} levels)`,
        options,
      );
    } else if (oldDepth !== undefined && newDepth !== undefined) {
      if (oldDepth.property !== newDepth.property) {
        report(
          context,
          'max-depth-changed',
          `${where}: the depth limit moved from \`${oldDepth.property}\` to \`${newDepth.property}\``,
          options,
        );
      } else {
        const rule = newDepth.limit < oldDepth.limit ? 'max-depth-decreased' : 'max-depth-increased';
        report(
          context,
          rule,
          `${where}: \`${newDepth.property}\` chain limit ${oldDepth.limit} → ${newDepth.limit} levels`,
          options,
        );
      }
    }
  },
};
