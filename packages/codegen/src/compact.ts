import { transformSync } from 'esbuild';

/** Where a JSON literal that starts at `start` (a `{` or `[`) ends, strings respected. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('codegen: unterminated schema literal in generated code');
}

const SCHEMA_CONSTANT = /const (schema\d+) = (?=[{[])/g;
const SCHEMA_PATH = /\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["[^"]*"\]|\[\d+\])+)/g;

function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const [, name, quoted, index] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\["([^"]*)"\]|\[(\d+)\]/g)) {
    const key = name ?? quoted ?? index;
    current = (current as Record<string, unknown>)[key as string];
  }
  return current;
}

/**
 * AJV embeds whole schema documents in standalone code, to read a few values from them at
 * run time. This keeps only what the code reads: values become literals, and the property
 * lists that `additionalProperties` checks become Sets.
 */
export function pruneSchemaConstants(code: string): string {
  const schemas = new Map<string, unknown>();
  let rest = '';
  let last = 0;
  for (const match of code.matchAll(SCHEMA_CONSTANT)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = literalEnd(code, start);
    schemas.set(match[1] as string, JSON.parse(code.slice(start, end)));
    rest += code.slice(last, match.index);
    last = end + 1; // the `;` after the literal
  }
  rest += code.slice(last);

  const hasOwn = /const (func\d+) = Object\.prototype\.hasOwnProperty;/.exec(rest)?.[1];
  const sets = new Map<string, string[]>();
  if (hasOwn !== undefined) {
    rest = rest.replace(
      new RegExp(`${hasOwn}\\.call\\((schema\\d+)\\.properties, (key\\d+)\\)`, 'g'),
      (_, schema, key) => {
        const name = `${schema}_keys`;
        sets.set(name, Object.keys((schemas.get(schema) as { properties: object }).properties));
        return `${name}.has(${key})`;
      },
    );
  }
  rest = rest.replace(SCHEMA_PATH, (whole, schema: string, path: string) =>
    schemas.has(schema) ? JSON.stringify(valueAt(schemas.get(schema), path)) : whole,
  );
  const leftover = /\bschema\d+\b/.exec(rest);
  if (leftover !== null) {
    throw new Error(`codegen: generated code still reads ${leftover[0]} as a whole; pruning would change it`);
  }
  const declarations = [...sets].map(([name, keys]) => `const ${name} = new Set(${JSON.stringify(keys)});`);
  return `${declarations.join('\n')}\n${rest}`;
}

const FAILURE = /(validate\d+)\.errors = \[\{instancePath[^{}]*\{[^{}]*\}\}\];return false;/g;
const COLLECTED = /const (err\d+) = \{instancePath[^{}]*\{[^{}]*\}\};/g;

const SIGNATURE =
  /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}\)\{/g;
const CALL_CONTEXT = /, \{instancePath:[^{}]*?dynamicAnchors\}\)/g;
const EVALUATED =
  /const (evaluated\d+) = validate\d+\.evaluated;if\(\1\.dynamicProps\)\{\1\.props = undefined;\}if\(\1\.dynamicItems\)\{\1\.items = undefined;\}/g;

/**
 * The fast validators answer "valid or not": nobody reads their errors or where they were.
 * This replaces each error object with a placeholder (keeping the counting AJV's `anyOf`
 * logic relies on), and drops the context object every nested call would build only to
 * locate errors. Nothing here tracks evaluated properties (no `unevaluated*` keyword), so
 * that bookkeeping goes too. A leftover reference to a dropped name fails the build.
 */
export function dropErrorDetail(code: string): string {
  const lean = code
    .replace(FAILURE, '$1.errors = [0];return false;')
    .replace(COLLECTED, 'const $1 = 0;')
    .replace(SIGNATURE, 'function $1(data){')
    .replace(CALL_CONTEXT, ')')
    .replace(EVALUATED, '');
  const leftover = /\b(instancePath|parentDataProperty|rootData|dynamicAnchors|evaluated\d+)\b/.exec(lean);
  if (leftover !== null) {
    throw new Error(`codegen: fast validators still use ${leftover[0]} after dropping error detail`);
  }
  return lean;
}

/** Minifies generated code, keeping its first line (the generated-file header) as it is. */
export function minify(code: string, header: string): string {
  const { code: minified } = transformSync(code, { minify: true, target: 'es2022', legalComments: 'none' });
  return `${header}\n${minified}`;
}
