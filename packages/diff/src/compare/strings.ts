import type { Accepts } from '../change.js';
import { preview } from '../json.js';
import { report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

/**
 * Formats known to contain others: every value valid for the key is valid for each listed
 * format. A request `date-time` needs an offset; a response `date-time-optional-offset` does
 * not, so it accepts every `date-time` and more.
 */
const WIDER_FORMATS: Readonly<Record<string, readonly string[]>> = {
  'date-time': ['date-time-optional-offset'],
};

/** What moving from format `from` to format `to` does to the accepted strings. */
export function formatChange(from: string, to: string): Accepts {
  if (from === to) {
    return 'same';
  }
  if (WIDER_FORMATS[from]?.includes(to) === true) {
    return 'more';
  }
  return WIDER_FORMATS[to]?.includes(from) === true ? 'less' : 'different';
}

/** `pattern` and `format`. Two different patterns are never compared: any change is both ways. */
export const stringKeywords: KeywordComparer = {
  keywords: ['pattern', 'format'],
  compare(oldSchema, newSchema, context) {
    const where = subject(context);
    const oldPattern = oldSchema.pattern;
    const newPattern = newSchema.pattern;
    if (oldPattern !== newPattern) {
      if (oldPattern === undefined) {
        report(context, 'pattern-added', `${where} must now match ${preview(newPattern)}`, {
          oldSegments: ['pattern'],
        });
      } else if (newPattern === undefined) {
        report(context, 'pattern-removed', `${where} no longer has to match ${preview(oldPattern)}`, {
          oldSegments: ['pattern'],
        });
      } else {
        report(
          context,
          'pattern-changed',
          `${where} must now match ${preview(newPattern)} instead of ${preview(oldPattern)}`,
          { oldSegments: ['pattern'] },
        );
      }
    }

    const oldFormat = oldSchema.format;
    const newFormat = newSchema.format;
    if (oldFormat === newFormat) {
      return;
    }
    if (oldFormat === undefined) {
      report(context, 'format-added', `${where} must now have format ${preview(newFormat)}`, {
        oldSegments: ['format'],
      });
    } else if (newFormat === undefined) {
      report(context, 'format-removed', `${where} no longer has to have format ${preview(oldFormat)}`, {
        oldSegments: ['format'],
      });
    } else {
      const accepts =
        typeof oldFormat === 'string' && typeof newFormat === 'string'
          ? formatChange(oldFormat, newFormat)
          : 'different';
      const how = { more: 'a wider', less: 'a narrower', different: 'an unrelated', same: 'the same' }[
        accepts
      ];
      report(
        context,
        'format-changed',
        `${where}: format ${preview(oldFormat)} → ${preview(newFormat)}, ${how} format`,
        { accepts, oldSegments: ['format'] },
      );
    }
  },
};
