import { ajvOptions, formats, type MaxDepth, parentDepth, VOCABULARY } from '@job-contracts/schemas/runtime';
import { _, type CodeKeywordDefinition, type KeywordCxt } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { KeywordErrorCxt } from 'ajv/dist/types/index.js';
import type { JsonSchema } from './documents.js';

/**
 * `fast` stops at the first error and carries no error detail beyond AJV's: it answers
 * "valid or not" for type guards and the happy path. `detailed` collects every error with
 * its schema (`verbose`), and only runs once `fast` has said no.
 */
export type ValidatorMode = 'fast' | 'detailed';

/** The name the generated code uses for `import * as runtime from '@job-contracts/schemas/runtime'`. */
export const RUNTIME_BINDING = 'runtime';

/**
 * `x-max-depth` as generated code: measures the parent chain before AJV descends into it,
 * so a hostile chain fails at its top instead of recursing until the stack runs out.
 */
function maxDepthKeyword(): CodeKeywordDefinition {
  return {
    keyword: 'x-max-depth',
    type: 'object' as const,
    schemaType: 'object' as const,
    before: 'properties',
    error: {
      message: 'parent chain is too deep',
      params: ({ schema }: KeywordErrorCxt) =>
        _`{limit: ${(schema as MaxDepth).limit}, property: ${(schema as MaxDepth).property}}`,
    },
    code(cxt: KeywordCxt): void {
      const { gen, data } = cxt;
      const schema = cxt.schema as MaxDepth;
      const measure = gen.scopeValue('func', { ref: parentDepth, code: _`${RUNTIME_BINDING}.parentDepth` });
      cxt.fail(_`${measure}(${data}, ${schema.property}, ${schema.limit}) > ${schema.limit}`);
    },
  };
}

/** An AJV instance holding every document, configured to emit standalone code. */
export function createAjv(mode: ValidatorMode, esm: boolean, documents: Iterable<JsonSchema>): Ajv2020 {
  const ajv = new Ajv2020({
    ...ajvOptions,
    allErrors: mode === 'detailed',
    verbose: mode === 'detailed',
    strict: true,
    strictTypes: false,
    inlineRefs: false,
    logger: false,
    code: { source: true, esm, optimize: true, formats: _`${RUNTIME_BINDING}.formats` },
  });
  for (const format of Object.values(formats)) {
    ajv.addFormat(format.name, { type: 'string', validate: format.validate });
  }
  ajv.addVocabulary(VOCABULARY.filter((keyword) => keyword !== 'x-max-depth'));
  ajv.addKeyword(maxDepthKeyword());
  for (const document of documents) {
    ajv.addSchema(document);
  }
  return ajv;
}
