// The built package, as a consumer gets it: ESM and CommonJS entry points that agree, no
// AJV and no code generation from strings at run time.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { examplePayload } from './support/payloads.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => `${entry.parentPath}/${entry.name}`);
}

describe('the built package', () => {
  it('gives the same answers from ESM and CommonJS', async () => {
    const esm = await import('../dist/esm/index.js');
    const cjs = require('../dist/cjs/index.js');
    const broken = examplePayload('job.broken.json');

    expect(cjs.parseJobRequest(broken)).toEqual(esm.parseJobRequest(broken));
    expect(cjs.isJobRequest(examplePayload('job.full.json'))).toBe(true);
  });

  it('never imports AJV and never compiles code from strings', () => {
    for (const file of [...filesUnder(`${packageDir}dist/esm`), ...filesUnder(`${packageDir}dist/cjs`)]) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from ['"]ajv|require\(['"]ajv/);
      expect(code, file).not.toMatch(/new Function\(|\beval\(/);
    }
  });

  it('validates under a policy that forbids code generation from strings (strict CSP)', () => {
    const script = `
      const { parseJobRequest } = await import(${JSON.stringify(`${packageDir}dist/esm/index.js`)});
      const result = parseJobRequest({ name: '' });
      process.stdout.write(JSON.stringify(result.issues.map((issue) => issue.rule)));`;
    const output = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );

    expect(JSON.parse(output)).toEqual(['requiredGroup', 'requiredGroup', 'requiredGroup', 'required']);
  });
});
