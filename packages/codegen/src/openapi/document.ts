import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type JsonSchema, loadDocuments } from '../documents.js';
import { entityComponents } from './components.js';
import { issueComponents } from './issues.js';
import { jobPaths, jobResponses, jobTags } from './paths.js';

const require = createRequire(import.meta.url);

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The version of the package the fragment ships in: the version a consumer sees. */
export function packageVersion(packageDir: string): string {
  return versionOf(join(packageDir, 'package.json'));
}

/**
 * The OpenAPI 3.1 fragment. No `servers` and no `security`: it describes payloads and
 * operations, and the service that merges it in knows where it runs and how it is guarded.
 */
export function openApi31(version: string, documents: Map<string, JsonSchema> = loadDocuments()): JsonSchema {
  const schemas = { ...entityComponents(documents), ...issueComponents() };
  const schemasVersion = versionOf(require.resolve('@job-contracts/schemas/package.json'));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jobs API contract (job-contracts)',
      version,
      description: `The jobs operations and every payload schema of the field-service Jobs API, generated from the canonical JSON Schema documents of \`@job-contracts/schemas\` ${schemasVersion}. A fragment: it names no servers and no security scheme. Merge it into a service's own document with \`mergeInto\` from \`@job-contracts/openapi\`. Request schemas (\`JobRequest\`, \`ProjectRequest\`…) describe what a client sends; response schemas (\`Job\`, \`Project\`…) what the server returns.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: jobTags(),
    paths: jobPaths(schemas.JobRequest),
    components: { schemas, responses: jobResponses() },
  };
}
