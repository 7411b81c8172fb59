// The release step's last act (`pnpm release:snapshot`, after `pnpm version-packages`): copies
// schemas/json to schemas/released/json and records the version in schemas/released/release.json,
// so that the version gate compares later changes with what was released. Commit the result
// with the version bump.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const library = new URL('../packages/diff/dist/esm/index.js', import.meta.url);
if (!existsSync(fileURLToPath(library))) {
  process.stderr.write('error: @job-contracts/diff is not built\nhint: run "pnpm build" first\n');
  process.exit(2);
}
const { writeReleaseSnapshot } = await import(library.href);
const { files, version } = await writeReleaseSnapshot({
  root: fileURLToPath(new URL('..', import.meta.url)),
});
process.stdout.write(
  `wrote ${files} documents${version === undefined ? '' : ` of release ${version}`} to schemas/released/json\n`,
);
