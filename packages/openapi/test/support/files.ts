import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The committed fragments, as the package publishes them. */
export const FRAGMENT_FILES = [
  'openapi.3.1.json',
  'openapi.3.1.yaml',
  'openapi.3.0.json',
  'openapi.3.0.yaml',
] as const;

/** Where the package keeps them. */
export const openapiDir = new URL('../../openapi/', import.meta.url);

/** The text of a file of the package (`openapi/openapi.3.1.json`, `src/generated/documents.ts`…). */
export function packageFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** One committed fragment, parsed (JSON or YAML by its extension). */
export function readFragment(file: (typeof FRAGMENT_FILES)[number]): Record<string, unknown> {
  const text = readFileSync(new URL(file, openapiDir), 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
}
