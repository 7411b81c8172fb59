import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import {
  mergeInto,
  type OpenApiDocumentLike,
  OpenApiMergeError,
  openapi30,
  openapi31,
} from '../src/index.js';
import { refsIn, resolveRef } from './support/walk.js';

interface Doc extends OpenApiDocumentLike {
  info: { title: string; version: string };
  tags?: Array<{ name: string; description?: string }>;
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** A small service with its own `Job`, to merge the fragment into. */
function service(openapi = '3.1.0'): Doc {
  return {
    openapi,
    info: { title: 'Planning service', version: '2.4.0' },
    servers: [{ url: 'https://planning.example.test' }],
    security: [{ bearer: [] }],
    tags: [{ name: 'Plans', description: 'Planning runs.' }],
    paths: {
      '/api/Plans': {
        get: {
          tags: ['Plans'],
          operationId: 'listPlans',
          summary: 'List planning runs',
          responses: {
            '200': {
              description: 'The runs.',
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/Plan' } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Plan: {
          type: 'object',
          properties: { id: { type: 'string' }, job: { $ref: '#/components/schemas/Job' } },
        },
        Job: { type: 'object', properties: { id: { type: 'string' } } },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

function caught(run: () => unknown): OpenApiMergeError {
  try {
    run();
  } catch (error) {
    if (error instanceof OpenApiMergeError) return error;
    throw error;
  }
  throw new Error('expected an OpenApiMergeError');
}

function danglingRefs(document: unknown): string[] {
  return refsIn(document)
    .filter(({ ref }) => resolveRef(document, ref) === undefined)
    .map(({ ref, at }) => `${at}: ${ref}`);
}

describe('mergeInto', () => {
  it('adds every component and the jobs paths, prefixed, and leaves the service its own', () => {
    const merged = mergeInto(service(), { prefix: 'Jc' });
    const schemas = merged.components?.schemas ?? {};

    for (const name of Object.keys(openapi31.components.schemas)) {
      expect(schemas[`Jc${name}`]).toEqual(expect.any(Object));
      expect(schemas).not.toHaveProperty(name === 'Job' ? 'JobRequest' : name);
    }
    expect(Object.keys(merged.components?.responses ?? {})).toEqual(['JcInvalidJob', 'JcJobNotFound']);
    expect(schemas.Job).toEqual(service().components?.schemas?.Job);
    expect(Object.keys(merged.paths ?? {})).toEqual(['/api/Plans', '/api/Jobs', '/api/Jobs({id})']);
    expect(merged.tags?.map((tag) => tag.name)).toEqual(['Plans', 'Jobs']);
    expect(merged.info).toEqual(service().info);
    expect(merged.security).toEqual(service().security);
  });

  it('rewrites every $ref of the fragment to the prefixed names, and leaves none dangling', () => {
    const merged = mergeInto(service(), { prefix: 'Jc' });
    const ours = refsIn({ paths: merged.paths, components: merged.components }).filter(
      ({ at }) => !at.startsWith('/paths/~1api~1Plans') && !at.startsWith('/components/schemas/Plan'),
    );

    expect(ours.length).toBe(refsIn({ paths: openapi31.paths, components: openapi31.components }).length);
    expect(ours.filter(({ ref }) => !/^#\/components\/(schemas|responses)\/Jc/.test(ref))).toEqual([]);
    expect(danglingRefs(merged)).toEqual([]);
    expect(refsIn(merged.components?.schemas?.Plan)).toEqual([
      { ref: '#/components/schemas/Job', at: '/properties/job' },
    ]);
  });

  it('gives a valid OpenAPI document, for 3.1 and for 3.0', async () => {
    for (const [openapi, version] of [
      ['3.1.0', '3.1'],
      ['3.0.3', '3.0'],
    ] as const) {
      const merged = mergeInto(service(openapi), { prefix: 'Jc', version });
      const result = await new Validator().validate(merged as never);

      expect(result.errors ?? []).toEqual([]);
      expect(danglingRefs(merged)).toEqual([]);
    }
  });

  it('merges the 3.0 fragment with { version: "3.0" }', () => {
    const merged = mergeInto(
      { openapi: '3.0.3', info: { title: 'Old', version: '1.0.0' } },
      { version: '3.0' },
    );

    expect(merged).toMatchObject({ paths: openapi30.paths, components: openapi30.components });
    expect(merged.openapi).toBe('3.0.3');
  });

  it('changes neither its input nor the fragment, and shares no object with them', () => {
    const input = service();
    const before = structuredClone(input);
    const merged = mergeInto(input, { prefix: 'Jc' });

    expect(input).toEqual(before);
    expect(merged.components?.schemas?.Plan).not.toBe(input.components?.schemas?.Plan);
    expect(merged.paths?.['/api/Plans']).not.toBe(input.paths?.['/api/Plans']);
    expect(Object.isFrozen(merged.components?.schemas?.JcJob)).toBe(false);
    expect(merged.components?.schemas?.JcJob).not.toBe(openapi31.components.schemas.Job);
    expect(Object.isFrozen(openapi31.components.schemas.Job)).toBe(true);
  });

  it('merges without a prefix when nothing collides, into a document with no paths or components', () => {
    const merged = mergeInto({ openapi: '3.1.1', info: { title: 'Empty', version: '1.0.0' } });

    expect(merged).toMatchObject({
      paths: openapi31.paths,
      components: openapi31.components,
      tags: openapi31.tags,
    });
    expect(danglingRefs(merged)).toEqual([]);
  });

  it('adds only the components with { paths: false }', () => {
    const merged = mergeInto(service(), { prefix: 'Jc', paths: false });

    expect(Object.keys(merged.paths ?? {})).toEqual(['/api/Plans']);
    expect(merged.tags).toEqual(service().tags);
    expect(merged.components?.schemas).toHaveProperty('JcJobRequest');
    expect(danglingRefs(merged)).toEqual([]);
  });

  it("keeps the service's own description of a tag it already has", () => {
    const input = { ...service(), tags: [{ name: 'Jobs', description: 'Our jobs.' }] };
    const merged = mergeInto(input, { prefix: 'Jc' });

    expect(merged.tags).toEqual([{ name: 'Jobs', description: 'Our jobs.' }]);
  });

  it('throws OPENAPI_MERGE_COLLISION naming every collision, and suggests the prefix', () => {
    const input = service();
    input.components = { ...input.components, schemas: { ...input.components?.schemas, Issue: {} } };
    input.paths = {
      ...input.paths,
      '/api/Jobs': {},
      '/api/Jobs({jobId})': {},
      '/api/Tasks': { post: { operationId: 'createJob', responses: {} } },
    };
    const before = structuredClone(input);
    const error = caught(() => mergeInto(input));

    expect(error.code).toBe('OPENAPI_MERGE_COLLISION');
    expect(error.name).toBe('OpenApiMergeError');
    expect(error.collisions).toEqual([
      { kind: 'component', name: 'Job', pointer: '/components/schemas/Job' },
      { kind: 'component', name: 'Issue', pointer: '/components/schemas/Issue' },
      { kind: 'path', name: '/api/Jobs', pointer: '/paths/~1api~1Jobs' },
      { kind: 'path', name: '/api/Jobs({id})', pointer: '/paths/~1api~1Jobs({jobId})' },
      { kind: 'operationId', name: 'createJob', pointer: '/paths/~1api~1Tasks/post/operationId' },
    ]);
    for (const name of ['Job', 'Issue', '/api/Jobs', '/api/Jobs({id})', 'createJob']) {
      expect(error.message).toContain(name);
    }
    expect(error.message).toContain("{ prefix: 'Jc' }");
    expect(error.message).toContain('{ paths: false }');
    expect(input).toEqual(before);
  });

  it('finds collisions with prefixed names too, in every component section', () => {
    const once = mergeInto(service(), { prefix: 'Jc', paths: false });
    const error = caught(() => mergeInto(once, { prefix: 'Jc', paths: false }));

    expect(error.collisions.map((collision) => collision.pointer)).toEqual([
      ...Object.keys(openapi31.components.schemas).map((name) => `/components/schemas/Jc${name}`),
      '/components/responses/JcInvalidJob',
      '/components/responses/JcJobNotFound',
    ]);
  });

  it('throws OPENAPI_MERGE_VERSION_MISMATCH when the versions differ', () => {
    const into30 = caught(() => mergeInto(service('3.0.3')));
    expect(into30.code).toBe('OPENAPI_MERGE_VERSION_MISMATCH');
    expect(into30.message).toContain("pass { version: '3.0' }");

    const into31 = caught(() => mergeInto(service('3.1.0'), { version: '3.0' }));
    expect(into31.code).toBe('OPENAPI_MERGE_VERSION_MISMATCH');
    expect(into31.message).toContain("pass { version: '3.1' }");

    const into32 = caught(() => mergeInto(service('3.2.0')));
    expect(into32.code).toBe('OPENAPI_MERGE_VERSION_MISMATCH');
    expect(into32.message).toContain('3.1 and 3.0 only');
  });

  it('throws OPENAPI_MERGE_INVALID_DOCUMENT for what is not an OpenAPI document', () => {
    for (const document of [
      null,
      'openapi: 3.1.0',
      { swagger: '2.0' },
      { openapi: '3.1.0', paths: [] },
      { openapi: '3.1.0', tags: {} },
    ]) {
      expect(caught(() => mergeInto(document as never)).code).toBe('OPENAPI_MERGE_INVALID_DOCUMENT');
    }
  });

  it('throws OPENAPI_MERGE_INVALID_OPTIONS for a bad option', () => {
    for (const options of [{ prefix: 'J c' }, { prefix: 'Jc/' }, { version: '3.2' }, { paths: 'no' }, null]) {
      expect(caught(() => mergeInto(service(), options as never)).code).toBe('OPENAPI_MERGE_INVALID_OPTIONS');
    }
  });
});
