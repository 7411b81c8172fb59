import { preview, sameJson } from '../json.js';
import { type Context, report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

// Keywords no validator acts on. `x-required-group` and `x-conditional-required` name a rule
// (the name shows in validation messages) without being one.
const ANNOTATIONS = [
  'title',
  '$comment',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'x-required-group',
  'x-conditional-required',
] as const;

function describeAnnotation(keyword: string, oldValue: unknown, newValue: unknown, context: Context): string {
  const where = subject(context);
  if (keyword === 'readOnly' || keyword === 'writeOnly' || keyword === 'deprecated') {
    const now = newValue === true;
    return `${where} is ${now ? 'now' : 'no longer'} marked ${keyword}`;
  }
  if (oldValue === undefined) {
    return `${where} has a new ${keyword}: ${preview(newValue)}`;
  }
  if (newValue === undefined) {
    return `${where} lost its ${keyword} (was ${preview(oldValue)})`;
  }
  return `${where}: ${keyword} changed from ${preview(oldValue)} to ${preview(newValue)}`;
}

/** Descriptions, titles, comments, examples, defaults and flags that do not affect validation. */
export const annotationKeywords: KeywordComparer = {
  keywords: ['description', 'x-sensitive', ...ANNOTATIONS],
  compare(oldSchema, newSchema, context) {
    if (!sameJson(oldSchema.description, newSchema.description)) {
      report(context, 'description-changed', `${subject(context)}: the description changed`, {
        oldSegments: ['description'],
      });
    }
    const wasSensitive = oldSchema['x-sensitive'] === true;
    const isSensitive = newSchema['x-sensitive'] === true;
    if (wasSensitive !== isSensitive) {
      const message = isSensitive
        ? `${subject(context)} is now marked sensitive: tools mask its values`
        : `${subject(context)} is no longer marked sensitive: tools will echo its values in issues and logs`;
      report(context, isSensitive ? 'sensitive-added' : 'sensitive-removed', message, {
        oldSegments: ['x-sensitive'],
      });
    }
    for (const keyword of ANNOTATIONS) {
      if (!sameJson(oldSchema[keyword], newSchema[keyword])) {
        report(
          context,
          'annotation-changed',
          describeAnnotation(keyword, oldSchema[keyword], newSchema[keyword], context),
          {
            oldSegments: [keyword],
          },
        );
      }
    }
  },
};
