import type { Accepts } from '../change.js';
import type { RuleId } from '../rules.js';
import {
  type Context,
  collapse,
  descend,
  firstDifference,
  invertAccepts,
  report,
  subject,
} from './context.js';
import type { KeywordComparer } from './keyword.js';

/** The rule a condition-level change is reported under, by its effect. */
function conditionRule(context: Context, accepts: Accepts): RuleId {
  if (context.scope.kind !== 'condition') {
    return 'condition-changed';
  }
  if (accepts === 'less') {
    return 'conditional-required-tightened';
  }
  return accepts === 'more' ? 'conditional-required-loosened' : 'condition-changed';
}

function conditionName(context: Context): string {
  return context.scope.kind === 'condition' ? `"${context.scope.name}"` : `of ${subject(context)}`;
}

/**
 * `if`, `then` and `else`. `then` and `else` are compared like any subschema: tighter is
 * tighter. `if` works the other way round for `then`: a condition that matches more payloads
 * puts more of them under `then`, so a wider `if` accepts less. With both `then` and `else`,
 * a changed `if` moves payloads from one to the other and counts as both.
 */
export const conditionalKeywords: KeywordComparer = {
  keywords: ['if', 'then', 'else'],
  compare(oldSchema, newSchema, context, recurse) {
    const hadIf = Object.hasOwn(oldSchema, 'if');
    const hasIf = Object.hasOwn(newSchema, 'if');
    if (hadIf !== hasIf) {
      // Without `if`, `then` and `else` do nothing: adding the condition adds the rule.
      const accepts: Accepts = hasIf ? 'less' : 'more';
      report(
        context,
        conditionRule(context, accepts),
        `the condition ${conditionName(context)} was ${hasIf ? 'added' : 'removed'}`,
        { accepts, oldSegments: ['if'] },
      );
      return;
    }
    if (!hasIf) {
      return;
    }

    for (const branch of ['then', 'else'] as const) {
      recurse(oldSchema[branch] ?? true, newSchema[branch] ?? true, descend(context, [branch]));
    }

    const condition = collapse(context, (inner) =>
      recurse(oldSchema.if, newSchema.if, descend({ ...inner, scope: { kind: 'plain' } }, ['if'])),
    );
    if (condition.findings.length === 0) {
      return;
    }
    const hasThen = Object.hasOwn(oldSchema, 'then') || Object.hasOwn(newSchema, 'then');
    const hasElse = Object.hasOwn(oldSchema, 'else') || Object.hasOwn(newSchema, 'else');
    let accepts: Accepts = 'same';
    if (hasThen && hasElse) {
      accepts = condition.accepts === 'same' ? 'same' : 'different';
    } else if (hasThen) {
      accepts = invertAccepts(condition.accepts);
    } else if (hasElse) {
      accepts = condition.accepts;
    }
    // Worded after the `if` schema itself: wider means the condition matches more payloads.
    const applies = {
      more: 'matches more payloads',
      less: 'matches fewer payloads',
      different: 'matches other payloads',
      same: 'matches the same payloads',
    }[condition.accepts];
    report(
      context,
      conditionRule(context, accepts),
      `the condition ${conditionName(context)} now ${applies}: ${firstDifference(condition)}`,
      { accepts, alwaysBreaking: condition.alwaysBreaking, oldSegments: ['if'] },
    );
  },
};
