// The committed files are exactly what a build writes, a build writes the same bytes every
// time, and the package exports the same documents as the files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIRECTIONS, ENTITY_NAMES, RULES } from '@job-contracts/schemas';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openapi30, openapi31 } from '../src/index.js';
import { loadGenerator } from './support/codegen.js';
import { FRAGMENT_FILES, packageFile, readFragment } from './support/files.js';
import { componentName } from './support/names.js';
import { refsIn, resolveRef, walk } from './support/walk.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(packageFile('package.json')) as { version: string };

describe('the generated files', () => {
  it('are what the generator gives, byte for byte, every time it runs', async () => {
    const { openApiFiles } = await loadGenerator();
    const first = openApiFiles(packageDir);
    const second = openApiFiles(packageDir);

    expect([...first.keys()]).toEqual([
      ...FRAGMENT_FILES.map((file) => `openapi/${file}`),
      'src/generated/documents.ts',
    ]);
    for (const [path, content] of first) {
      expect(second.get(path), path).toBe(content);
      expect(packageFile(path), `${path} differs from a fresh build: run pnpm build`).toBe(content);
    }
  });

  it('are 2-space JSON with a final newline, and YAML saying the same', () => {
    for (const version of ['3.1', '3.0']) {
      const json = packageFile(`openapi/openapi.${version}.json`);
      const yaml = packageFile(`openapi/openapi.${version}.yaml`);

      expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      expect(parse(yaml)).toEqual(JSON.parse(json));
      expect(yaml).not.toMatch(/^\s*[&*][\w-]+/m); // no anchors or aliases
    }
  });

  it('are what the package exports', () => {
    expect(openapi31).toEqual(readFragment('openapi.3.1.json'));
    expect(openapi30).toEqual(readFragment('openapi.3.0.json'));
    expect(Object.isFrozen(openapi31.components.schemas.JobRequest)).toBe(true);
  });

  it('carry the package version, and name no server', () => {
    for (const file of FRAGMENT_FILES) {
      const document = readFragment(file);

      expect((document.info as { version: string }).version).toBe(version);
      expect(document).not.toHaveProperty('servers');
    }
    expect(openapi31.openapi).toBe('3.1.0');
    expect(openapi30.openapi).toBe('3.0.3');
  });
});

describe('the 3.1 components', () => {
  it('are every entity in both directions, Issue and ContractViolation', () => {
    const names = ENTITY_NAMES.flatMap((entity) =>
      DIRECTIONS.map((direction) => componentName(entity, direction)),
    );

    expect(Object.keys(openapi31.components.schemas)).toEqual([...names, 'Issue', 'ContractViolation']);
  });

  it('carry no $schema or $id, only internal $refs that resolve', () => {
    walk(openapi31, (node, pointer) => {
      expect(Object.keys(node), pointer).not.toContain('$schema');
      expect(Object.keys(node), pointer).not.toContain('$id');
    });
    for (const { ref, at } of refsIn(openapi31)) {
      expect(ref, at).toMatch(/^#\/components\/(schemas|responses)\//);
      expect(resolveRef(openapi31, ref), `${at}: ${ref}`).toBeDefined();
    }
  });

  it('keep the descriptions, readOnly and the vendor keywords of the canonical documents', () => {
    for (const entity of ENTITY_NAMES) {
      for (const direction of DIRECTIONS) {
        const file = `../../../schemas/json/${entity}.${direction}.json`;
        const {
          $schema: _schema,
          $id: _id,
          ...canonical
        } = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Record<string, unknown>;
        // The canonical text with each file reference spelled as the component reference.
        const expected = JSON.stringify(canonical).replace(
          /"\$ref":"(\w+)\.(request|response)\.json"/g,
          (_, name: string, towards: string) =>
            `"$ref":"#/components/schemas/${componentName(name, towards)}"`,
        );

        expect(JSON.stringify(openapi31.components.schemas[componentName(entity, direction)])).toBe(expected);
      }
    }
    expect(openapi31.components.schemas.JobRequest?.['x-max-depth']).toEqual({
      property: '_parent_job',
      limit: 5,
    });
  });

  it('describe issues with the rules the validators report', () => {
    const issue = openapi31.components.schemas.Issue as { properties: { rule: { enum: string[] } } };

    expect(issue.properties.rule.enum).toEqual([...RULES]);
  });
});
