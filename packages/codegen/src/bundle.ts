import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

// Entry points besides `index` that a package may have (its `src/vitest.ts` subpath, say).
// They import the main entry as `./index.js`, which stays external: the package ships one
// copy of the main bundle.
const EXTRA_ENTRIES = ['vitest'];

function bundle(packageDir: string, entry: string, format: 'esm' | 'cjs'): void {
  buildSync({
    entryPoints: [join(packageDir, 'src', `${entry}.ts`)],
    outfile: join(packageDir, 'dist', format, `${entry}.js`),
    external: entry === 'index' ? [] : ['./index.js'],
    bundle: true,
    format,
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: [format === 'esm' ? 'import' : 'require'],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}

/** The hand-written declarations of the generated modules, next to tsc's declarations. */
function copyDeclarations(packageDir: string, format: 'esm' | 'cjs'): void {
  const generated = join(packageDir, 'src', 'generated');
  const target = join(packageDir, 'dist', format, 'generated');
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(generated).filter((name) => name.endsWith('.d.ts'))) {
    copyFileSync(join(generated, file), join(target, file));
  }
}

/**
 * Bundles a package's `src/index.ts` (and its extra entry points) into one ESM and one
 * CommonJS file each. One file loads in a fraction of the time of a tree of modules, which
 * is most of a validator's cold start. Type declarations are emitted separately, by tsc.
 */
export function writeBundles(packageDir: string): void {
  const entries = [
    'index',
    ...EXTRA_ENTRIES.filter((name) => existsSync(join(packageDir, 'src', `${name}.ts`))),
  ];
  for (const format of ['esm', 'cjs'] as const) {
    for (const entry of entries) {
      bundle(packageDir, entry, format);
      // An entry left out of the CommonJS declaration build (the Vitest matchers augment an
      // ESM-only module) reuses its ESM declaration.
      const declaration = join(packageDir, 'dist', format, `${entry}.d.ts`);
      const esmDeclaration = join(packageDir, 'dist', 'esm', `${entry}.d.ts`);
      if (!existsSync(declaration) && existsSync(esmDeclaration)) {
        copyFileSync(esmDeclaration, declaration);
      }
    }
    copyDeclarations(packageDir, format);
  }
}
