import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { loadDocuments, pairs } from './documents.js';
import { generatedHeader } from './header.js';
import { typeName } from './naming.js';
import { type TypeBundle, typeBundle } from './types/shape.js';

const OVERVIEW = `//
// Plain TypeScript types of the Jobs API payloads, generated with json-schema-to-typescript
// from the JSON Schema documents of @job-contracts/schemas: \`JobRequest\` is what a client
// sends, \`Job\` what the server returns, and likewise for every entity. Limits a type cannot
// state (lengths, formats, ranges, patterns) are in each property's JSDoc; the validators of
// @job-contracts/validators check them.
`;

const RUNTIME_NOTE = `// This package is types only: import them with \`import type\`. This module exists so that
// the package resolves when imported or required; it exports nothing at run time.
`;

/** Options for json-schema-to-typescript: closed objects, `unknown` for the untyped, our style. */
const COMPILE_OPTIONS = {
  bannerComment: '',
  additionalProperties: false,
  // Each declaration is compiled on its own, so that the file holds every declaration
  // exactly once, in our order. (One compile of the whole bundle, with
  // `unreachableDefinitions`, would add a "referenced by" note to every declaration.)
  declareExternallyReferenced: false,
  unreachableDefinitions: false,
  unknownAny: true,
  strictIndexSignatures: false,
  format: true,
  style: {
    bracketSpacing: true,
    printWidth: 110,
    semi: true,
    singleQuote: true,
    tabWidth: 2,
    trailingComma: 'all',
    useTabs: false,
  },
} as const;

/** The declaration of one `$defs` entry, compiled against the whole bundle so its `$ref`s resolve. */
async function declaration(bundle: TypeBundle, name: string): Promise<string> {
  const root = structuredClone({ ...bundle.$defs[name], $defs: bundle.$defs }) as Parameters<
    typeof compile
  >[0];
  const code = await compile(root, name, COMPILE_OPTIONS);
  return asTypeAliases(selfReferences(code.trim(), name));
}

/**
 * A declaration that refers to itself (`Job._parent_job` is a `Job`) reaches the compiler
 * twice under one title, and json-schema-to-typescript names the inner one `Job1`, which it
 * does not declare (each declaration is compiled on its own). Point it back at `Job`.
 */
function selfReferences(code: string, name: string): string {
  return code.replace(new RegExp(`\\b${name}1\\b`, 'g'), name);
}

/**
 * json-schema-to-typescript declares objects as interfaces. An interface has no implicit
 * index signature, so a `Job` would not be assignable to `Record<string, unknown>` (a
 * logger's or a JSON helper's parameter), while TypeBox's `Static` of the same schema is.
 * As type aliases of object types, the generated types fit wherever TypeBox's do. Prettier
 * has put every top-level declaration's closing brace alone on its line, at column 0.
 */
function asTypeAliases(code: string): string {
  let inside = false;
  const lines = code.split('\n').map((line) => {
    const opening = /^export interface (\w+) \{$/.exec(line);
    if (opening !== null) {
      inside = true;
      return `export type ${opening[1]} = {`;
    }
    if (inside && line === '}') {
      inside = false;
      return '};';
    }
    return line;
  });
  if (inside || lines.some((line) => /\binterface\b/.test(line) && !line.trimStart().startsWith('*'))) {
    throw new Error('codegen: an interface of the generated types was not turned into a type alias');
  }
  return lines.join('\n');
}

/** The content of `index.d.ts`: the header, then every declaration of the bundle. */
export async function typesSource(): Promise<string> {
  const bundle = typeBundle(loadDocuments());
  const declarations: string[] = [];
  // One at a time: the output order is the bundle's, whatever the compiler's timing.
  for (const name of bundle.order) {
    declarations.push(await declaration(bundle, name));
  }
  const source = `${generatedHeader()}\n${OVERVIEW}\n${declarations.join('\n\n')}\n`;
  const declared = new Set(bundle.order);
  // A numbered name is json-schema-to-typescript's for a second schema of one title; only
  // code lines count (the JSDoc speaks of Int32 and UTF-16).
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
    .join('\n');
  for (const [, reference] of code.matchAll(/\b([A-Z][A-Za-z]*\d+)\b/g)) {
    if (reference !== undefined && !declared.has(reference)) {
      throw new Error(`codegen: the generated types refer to ${reference}, which they do not declare`);
    }
  }
  for (const { entity, direction } of pairs()) {
    const name = typeName(entity, direction);
    if (!new RegExp(`^export type ${name}\\b`, 'm').test(source)) {
      throw new Error(`codegen: the generated types lack ${name}`);
    }
  }
  return source;
}

/**
 * Writes `dist/index.d.ts` and its CommonJS twin `dist/index.d.cts` (the same declarations),
 * and the runtime modules `dist/index.js` and `dist/index.cjs`, which export nothing.
 */
export async function writeTypes(packageDir: string): Promise<void> {
  const source = await typesSource();
  const dist = join(packageDir, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.d.ts'), source);
  writeFileSync(join(dist, 'index.d.cts'), source);
  writeFileSync(join(dist, 'index.js'), `${generatedHeader()}\n${RUNTIME_NOTE}export {};\n`);
  writeFileSync(join(dist, 'index.cjs'), `${generatedHeader()}\n${RUNTIME_NOTE}'use strict';\n`);
}
