// Removes build output folders given as arguments, so a build never ships stale files.
import { rmSync } from 'node:fs';

for (const folder of process.argv.slice(2)) {
  rmSync(folder, { recursive: true, force: true });
}
