import {
  ajvOptions,
  formats,
  type MaxDepth,
  nestingDepth,
  parentDepth,
  VOCABULARY,
} from '@job-contracts/schemas/runtime';
import { _, type Code, type CodeKeywordDefinition, type KeywordCxt, Name } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import compileNames from 'ajv/dist/compile/names.js';
import type { KeywordErrorCxt } from 'ajv/dist/types/index.js';
import type { JsonSchema } from './documents.js';

const names = compileNames.default;

/**
 * `fast` stops at the first error and carries no error detail beyond AJV's: it answers
 * "valid or not" for type guards and the happy path. `detailed` collects every error, and
 * only runs once `fast` has said no.
 */
export type ValidatorMode = 'fast' | 'detailed';

/** The name the generated code uses for `import * as runtime from '@job-contracts/schemas/runtime'`. */
export const RUNTIME_BINDING = 'runtime';
const runtime = new Name(RUNTIME_BINDING);

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
      const schema = cxt.schema as MaxDepth;
      const measure = cxt.gen.scopeValue('func', {
        ref: parentDepth,
        code: _`${runtime}.parentDepth`,
      });
      failAndStop(cxt, _`${measure}(${cxt.data}, ${schema.property}, ${schema.limit}) > ${schema.limit}`);
    },
  };
}

/** `x-max-nesting` as generated code: bounds the depth of a value no schema describes. */
function maxNestingKeyword(): CodeKeywordDefinition {
  return {
    keyword: 'x-max-nesting',
    schemaType: 'number',
    error: {
      message: 'value is nested too deeply',
      params: ({ schema }: KeywordErrorCxt) => _`{limit: ${schema as number}}`,
    },
    code(cxt: KeywordCxt): void {
      const limit = cxt.schema as number;
      const measure = cxt.gen.scopeValue('func', {
        ref: nestingDepth,
        code: _`${runtime}.nestingDepth`,
      });
      failAndStop(cxt, _`${measure}(${cxt.data}, ${limit}) > ${limit}`);
    },
  };
}

/**
 * Reports the error and, even when collecting all errors, leaves the current schema at
 * once: going on would descend into the very value that is too deep.
 */
function failAndStop(cxt: KeywordCxt, condition: Code): void {
  const { gen, it } = cxt;
  gen.if(condition, () => {
    cxt.error();
    if (it.allErrors) {
      gen.assign(_`${it.validateName}.errors`, names.vErrors);
      gen.return(false);
    }
  });
}

/** An AJV instance holding every document, configured to emit standalone code. */
export function createAjv(mode: ValidatorMode, esm: boolean, documents: Iterable<JsonSchema>): Ajv2020 {
  const ajv = new Ajv2020({
    ...ajvOptions,
    allErrors: mode === 'detailed',
    // Issues carry our own messages; AJV's would only add weight to the generated code.
    messages: false,
    strict: true,
    strictTypes: false,
    inlineRefs: false,
    logger: false,
    code: { source: true, esm, optimize: true, formats: _`${runtime}.formats` },
  });
  for (const format of Object.values(formats)) {
    ajv.addFormat(format.name, { type: 'string', validate: format.validate });
  }
  const generated = new Set(['x-max-depth', 'x-max-nesting']);
  ajv.addVocabulary(VOCABULARY.filter((keyword) => !generated.has(keyword)));
  ajv.addKeyword(maxDepthKeyword());
  ajv.addKeyword(maxNestingKeyword());
  for (const document of documents) {
    ajv.addSchema(document);
  }
  return ajv;
}
