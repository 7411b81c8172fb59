import type { convertSchema, openApiFiles } from '@job-contracts/codegen';

/** What the tests use of the openapi generator in @job-contracts/codegen. */
export interface OpenApiGenerator {
  readonly openApiFiles: typeof openApiFiles;
  readonly convertSchema: typeof convertSchema;
}

/** The generator the build ran, from the installed devDependency. */
export async function loadGenerator(): Promise<OpenApiGenerator> {
  return await import('@job-contracts/codegen');
}
