import { isJsonObject } from '../json.js';
import { descend, report } from './context.js';
import type { KeywordComparer } from './keyword.js';

/**
 * `$defs`, by name. A definition validates nothing by itself: its changes are compared here,
 * once, as if it were used where it stands, and references to it that did not move are not
 * compared again.
 */
export const definitionsKeyword: KeywordComparer = {
  keywords: ['$defs'],
  compare(oldSchema, newSchema, context, recurse) {
    const oldDefinitions = isJsonObject(oldSchema.$defs) ? oldSchema.$defs : {};
    const newDefinitions = isJsonObject(newSchema.$defs) ? newSchema.$defs : {};
    const names = [...new Set([...Object.keys(oldDefinitions), ...Object.keys(newDefinitions)])];
    for (const name of names) {
      const child = descend(context, ['$defs', name], ['$defs', name], { label: `$defs.${name}` });
      if (Object.hasOwn(oldDefinitions, name) && Object.hasOwn(newDefinitions, name)) {
        recurse(oldDefinitions[name], newDefinitions[name], child);
      } else if (Object.hasOwn(newDefinitions, name)) {
        report(child, 'definition-added', `new definition \`${name}\``);
      } else {
        report(child, 'definition-removed', `definition \`${name}\` removed`);
      }
    }
  },
};
