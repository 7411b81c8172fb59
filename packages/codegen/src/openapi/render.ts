import { Document } from 'yaml';
import type { JsonSchema } from '../documents.js';
import { generatedHeader } from '../header.js';

/** 2-space JSON with a final newline: the committed bytes, the same on every build. */
export function renderJson(document: JsonSchema): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The same document as YAML. No anchors (`aliasDuplicateObjects: false`): some OpenAPI tools
 * do not resolve them. No line folding (`lineWidth: 0`): long descriptions stay on one line,
 * so a change to one shows as a one-line diff.
 */
export function renderYaml(document: JsonSchema): string {
  const yaml = new Document(document, { aliasDuplicateObjects: false });
  yaml.commentBefore = ` ${generatedHeader().replace(/^\/\/\s*/, '')}`;
  return yaml.toString({ lineWidth: 0, minContentWidth: 0 });
}

/**
 * `src/generated/documents.ts` of @job-contracts/openapi: both fragments as typed constants,
 * so the package exports them as objects that work in any bundler, no JSON import needed.
 */
export function renderModule(openapi31: JsonSchema, openapi30: JsonSchema): string {
  return [
    generatedHeader(),
    "import type { OpenApiFragment } from '../fragment.js';",
    '',
    '/** The OpenAPI 3.1 fragment: the document in `openapi/openapi.3.1.json`. */',
    `export const openapi31Document: OpenApiFragment = ${JSON.stringify(openapi31, null, 2)};`,
    '',
    '/** The OpenAPI 3.0.3 fragment: the document in `openapi/openapi.3.0.json`. */',
    `export const openapi30Document: OpenApiFragment = ${JSON.stringify(openapi30, null, 2)};`,
    '',
  ].join('\n');
}
