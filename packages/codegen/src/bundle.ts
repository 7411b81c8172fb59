import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles a package's `src/index.ts` into one ESM and one CommonJS file. One file loads in a
 * fraction of the time of a tree of modules, which is most of a validator's cold start.
 * Type declarations are emitted separately, by tsc; the hand-written declarations of the
 * generated modules are copied next to them.
 */
export function writeBundles(packageDir: string): void {
  for (const format of ['esm', 'cjs'] as const) {
    buildSync({
      entryPoints: [join(packageDir, 'src', 'index.ts')],
      outfile: join(packageDir, 'dist', format, 'index.js'),
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
    const generated = join(packageDir, 'src', 'generated');
    const target = join(packageDir, 'dist', format, 'generated');
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(generated).filter((name) => name.endsWith('.d.ts'))) {
      copyFileSync(join(generated, file), join(target, file));
    }
  }
}
