// Marks a build folder as CommonJS, so Node and TypeScript read its .js and .d.ts files as
// CommonJS even though the package itself is "type": "module".
import { mkdirSync, writeFileSync } from 'node:fs';

const folder = process.argv[2];
if (folder === undefined) {
  console.error('usage: node scripts/write-cjs-marker.mjs <folder>');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
writeFileSync(`${folder}/package.json`, '{ "type": "commonjs" }\n');
