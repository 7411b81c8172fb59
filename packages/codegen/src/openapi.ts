import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type JsonSchema, loadDocuments } from './documents.js';
import { openApi31, packageVersion } from './openapi/document.js';
import { openApi30 } from './openapi/downconvert.js';
import { renderJson, renderModule, renderYaml } from './openapi/render.js';

export { openApi31 } from './openapi/document.js';
export { type Conversion, convertSchema, openApi30 } from './openapi/downconvert.js';

/** Both fragments, built from the emitted schema documents. */
export function openApiDocuments(
  version: string,
  documents: Map<string, JsonSchema> = loadDocuments(),
): { openapi31: JsonSchema; openapi30: JsonSchema } {
  const openapi31 = openApi31(version, documents);
  return { openapi31, openapi30: openApi30(openapi31) };
}

/**
 * Every file the openapi target writes, by path relative to the package, with its content.
 * Pure: the tests call it to check that the committed files are what a build gives.
 */
export function openApiFiles(packageDir: string): Map<string, string> {
  const { openapi31, openapi30 } = openApiDocuments(packageVersion(packageDir));
  return new Map([
    ['openapi/openapi.3.1.json', renderJson(openapi31)],
    ['openapi/openapi.3.1.yaml', renderYaml(openapi31)],
    ['openapi/openapi.3.0.json', renderJson(openapi30)],
    ['openapi/openapi.3.0.yaml', renderYaml(openapi30)],
    ['src/generated/documents.ts', renderModule(openapi31, openapi30)],
  ]);
}

/**
 * Writes the OpenAPI fragments of @job-contracts/openapi: the committed `openapi/*.json` and
 * `openapi/*.yaml` (3.1 and 3.0.3), and `src/generated/documents.ts`, which the package exports.
 */
export function writeOpenApi(packageDir: string): void {
  for (const [path, content] of openApiFiles(packageDir)) {
    const file = join(packageDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
