// The version gate (`pnpm version-gate`, run by CI after the build): compares the schema
// documents with those of the last release and fails when a change breaks consumers and no
// pending changeset bumps the public packages to a major version.
//
//   node scripts/version-gate.mjs [--root <repository>] [--base <git revision>]
//
// The last release is schemas/released/json, the copy of schemas/json that the release step
// writes (`pnpm release:snapshot`): it is in every clone, unlike tags. `--base v1.4.0` compares
// with schemas/json at a tag or commit instead. Exit codes: 0 passed, 1 failed, 2 could not run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const library = new URL('../packages/diff/dist/esm/index.js', import.meta.url);

function fail(message, hint) {
  process.stderr.write(`error: ${message}\nhint: ${hint}\n`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: { root: { type: 'string' }, base: { type: 'string' } },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(error.message, 'usage: node scripts/version-gate.mjs [--root <repository>] [--base <git revision>]');
}
if (!existsSync(fileURLToPath(library))) {
  fail('@job-contracts/diff is not built', 'run "pnpm build" first');
}

const { checkVersionGate, DiffInputError } = await import(library.href);
try {
  const result = await checkVersionGate({
    root: options.root ?? fileURLToPath(new URL('..', import.meta.url)),
    ...(options.base === undefined ? {} : { base: options.base }),
  });
  (result.ok ? process.stdout : process.stderr).write(result.report);
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  if (error instanceof DiffInputError) {
    fail(error.message, 'check the release snapshot (schemas/released/json) or the --base revision');
  }
  throw error;
}
