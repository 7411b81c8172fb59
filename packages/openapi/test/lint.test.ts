// Both fragments pass Redocly's recommended rules: no error, and no warning either.
import { fileURLToPath } from 'node:url';
import {
  type Config,
  createConfig,
  lint,
  lintFromString,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT_FILES, openapiDir, packageFile } from './support/files.js';

function summary(problem: NormalizedProblem): string {
  const where = problem.location.map((location) => location.pointer).join(', ');
  return `${problem.severity} ${problem.ruleId} at ${where}: ${problem.message}`;
}

let config: Config;

beforeAll(async () => {
  config = await createConfig({
    extends: ['recommended'],
    rules: {
      // A fragment names no servers on purpose: where the API runs is the merging service's
      // to say, and a made-up URL would be worse than none.
      'no-empty-servers': 'off',
      // Likewise security: the merging service's global `security` applies to the jobs
      // operations; a scheme declared here would collide with, or contradict, its own.
      'security-defined': 'off',
    },
  });
});

describe("Redocly's recommended rules", () => {
  for (const file of FRAGMENT_FILES) {
    it(`find no problem in ${file}`, async () => {
      const problems = await lint({ ref: fileURLToPath(new URL(file, openapiDir)), config });

      expect(problems.filter((problem) => problem.severity === 'error').map(summary)).toEqual([]);
      expect(problems.map(summary)).toEqual([]);
    });
  }
});

describe('the lint configuration', () => {
  it('is live: it reports an operation without a 4xx response, and a dangling $ref', async () => {
    const document = JSON.parse(packageFile('openapi/openapi.3.1.json')) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    delete document.paths['/api/Jobs({id})']?.get?.responses['404'];
    delete document.components.schemas.Skill;
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: fileURLToPath(new URL('control.json', openapiDir)),
      config,
    });

    expect(problems.map((problem) => problem.ruleId)).toEqual(
      expect.arrayContaining(['operation-4xx-response', 'no-unresolved-refs']),
    );
  });
});
