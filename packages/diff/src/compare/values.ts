import { canonical, preview, sameJson } from '../json.js';
import { report, subject } from './context.js';
import type { KeywordComparer } from './keyword.js';

/** `enum`, value by value, and `const`. */
export const valueKeywords: KeywordComparer = {
  keywords: ['enum', 'const'],
  compare(oldSchema, newSchema, context) {
    const where = subject(context);
    const oldEnum = oldSchema.enum;
    const newEnum = newSchema.enum;
    if (!sameJson(oldEnum, newEnum)) {
      if (
        !(oldEnum === undefined || Array.isArray(oldEnum)) ||
        !(newEnum === undefined || Array.isArray(newEnum))
      ) {
        report(context, 'unsupported-change', `${where}: enum is not a list`, { oldSegments: ['enum'] });
      } else if (oldEnum === undefined) {
        report(context, 'enum-added', `${where} must now be one of ${preview(newEnum, 80)}`, {
          oldSegments: ['enum'],
        });
      } else if (newEnum === undefined) {
        report(context, 'enum-removed', `${where} is no longer limited to ${preview(oldEnum, 80)}`, {
          oldSegments: ['enum'],
        });
      } else {
        const oldKeys = oldEnum.map(canonical);
        const newKeys = newEnum.map(canonical);
        oldKeys.forEach((key, index) => {
          if (!newKeys.includes(key)) {
            report(context, 'enum-value-removed', `${where} no longer accepts ${preview(oldEnum[index])}`, {
              oldSegments: ['enum', index],
              newSegments: ['enum'],
            });
          }
        });
        newKeys.forEach((key, index) => {
          if (!oldKeys.includes(key)) {
            report(context, 'enum-value-added', `${where} now also accepts ${preview(newEnum[index])}`, {
              oldSegments: ['enum'],
              newSegments: ['enum', index],
            });
          }
        });
      }
    }

    const hadConst = Object.hasOwn(oldSchema, 'const');
    const hasConst = Object.hasOwn(newSchema, 'const');
    if (hadConst && hasConst && !sameJson(oldSchema.const, newSchema.const)) {
      report(
        context,
        'const-changed',
        `${where} must now be ${preview(newSchema.const)} (was ${preview(oldSchema.const)})`,
        { oldSegments: ['const'] },
      );
    } else if (hasConst && !hadConst) {
      report(context, 'const-added', `${where} must now be ${preview(newSchema.const)}`, {
        oldSegments: ['const'],
      });
    } else if (hadConst && !hasConst) {
      report(context, 'const-removed', `${where} no longer has to be ${preview(oldSchema.const)}`, {
        oldSegments: ['const'],
      });
    }
  },
};
