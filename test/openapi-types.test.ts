// openapi-typescript run on the 3.1 fragment must describe the same payloads as
// @job-contracts/types: for every entity and direction the two types are mutually
// assignable. The check compiles a generated file with the TypeScript compiler.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openapi31 } from '@job-contracts/openapi';
import { DIRECTIONS, ENTITY_NAMES } from '@job-contracts/schemas';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

function typeName(entity: string, direction: string): string {
  const pascal = entity.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return direction === 'request' ? `${pascal}Request` : pascal;
}

describe('openapi-typescript on the 3.1 fragment', () => {
  it('gives types mutually assignable with @job-contracts/types, for every entity and direction', async () => {
    const generated = astToString(await openapiTS(structuredClone(openapi31) as never));
    const dir = mkdtempSync(join(tmpdir(), 'jc-openapi-types-'));
    const typesEntry = require.resolve('@job-contracts/types').replace(/index\.(c?js)$/, 'index.d.ts');
    writeFileSync(join(dir, 'openapi.ts'), generated);
    const checks = ENTITY_NAMES.flatMap((entity) =>
      DIRECTIONS.map((direction) => {
        const name = typeName(entity, direction);
        return [
          `export const ${name}ToOurs: Assignable<components['schemas']['${name}'], T.${name}> = true;`,
          `export const ${name}FromOurs: Assignable<T.${name}, components['schemas']['${name}']> = true;`,
        ].join('\n');
      }),
    );
    writeFileSync(
      join(dir, 'check.ts'),
      [
        "import type { components } from './openapi.js';",
        `import type * as T from ${JSON.stringify(typesEntry.replace(/\.d\.ts$/, '.js'))};`,
        'type Assignable<A, B> = [A] extends [B] ? true : false;',
        ...checks,
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([join(dir, 'check.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      typeRoots: [join(dirname(require.resolve('typescript')), '..', '..', '@types')],
    });
    // Name each failure by the check it comes from: `JobRequestToOurs` and so on.
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const line = diagnostic.file?.text.slice(diagnostic.start).split('\n')[0] ?? '';
      const name = /^(\w+)/.exec(line)?.[1] ?? '';
      return `${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]}`;
    });

    expect(problems).toEqual([]);
  }, 120_000);
});
