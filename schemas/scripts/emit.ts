// Writes every schema document to schemas/json, and removes stale ones.
// `--check` writes nothing and exits 1 when a file would change.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { allDocuments, serializeDocument } from '../src/index.js';

const outDir = fileURLToPath(new URL('../json/', import.meta.url));
const check = process.argv.includes('--check');

const wanted = new Map(
  allDocuments().map(({ fileName, document }) => [fileName, serializeDocument(document)]),
);
const present = (await readdir(outDir)).filter((name) => name.endsWith('.json'));
const changed: string[] = [];

for (const [fileName, text] of wanted) {
  const current = await readFile(new URL(fileName, `file://${outDir}`), 'utf8').catch(() => undefined);
  if (current !== text) {
    changed.push(fileName);
    if (!check) {
      await writeFile(`${outDir}${fileName}`, text);
    }
  }
}
for (const stale of present.filter((name) => !wanted.has(name))) {
  changed.push(stale);
  if (!check) {
    await rm(`${outDir}${stale}`);
  }
}

if (check && changed.length > 0) {
  console.error(`schemas/json is out of date: ${changed.join(', ')}. Run \`pnpm build\` and commit.`);
  process.exit(1);
}
console.log(
  `${wanted.size} schema documents ${check ? 'up to date' : `written (${changed.length} changed)`}.`,
);
