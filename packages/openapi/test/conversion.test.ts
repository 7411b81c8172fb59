// The 3.0.3 fragment says in 3.0 what the 3.1 fragment says, and puts into words what 3.0
// cannot say.
import { describe, expect, it } from 'vitest';
import { openapi30, openapi31 } from '../src/index.js';
import { loadGenerator } from './support/codegen.js';
import { walk } from './support/walk.js';

type Schema = Record<string, unknown>;

function schemaOf(document: typeof openapi31, name: string): Schema {
  return document.components.schemas[name] as Schema;
}

function propertyOf(document: typeof openapi31, name: string, property: string): Schema {
  return (schemaOf(document, name).properties as Record<string, Schema>)[property] as Schema;
}

const noConditions = { typeOf: (): undefined => undefined, conditions: [] };

describe('the 3.0 fragment', () => {
  it('uses no keyword or form that only 3.1 has', () => {
    const found: string[] = [];
    walk(openapi30, (node, pointer) => {
      const schema = node as Schema;
      if (Array.isArray(schema.type)) found.push(`${pointer}: type array`);
      if (schema.type === 'null') found.push(`${pointer}: type null`);
      for (const keyword of ['const', 'if', 'then', 'else', '$comment', 'examples', '$schema', '$id']) {
        if (Object.hasOwn(schema, keyword) && !pointer.endsWith('/properties'))
          found.push(`${pointer}: ${keyword}`);
      }
      if ('nullable' in schema && !('type' in schema)) found.push(`${pointer}: nullable without type`);
      if ('$ref' in schema && Object.keys(schema).length > 1) found.push(`${pointer}: $ref with siblings`);
    });

    expect(found).toEqual([]);
  });

  it('has the same components, paths and properties as the 3.1 fragment', () => {
    expect(Object.keys(openapi30.components.schemas)).toEqual(Object.keys(openapi31.components.schemas));
    expect(Object.keys(openapi30.paths)).toEqual(Object.keys(openapi31.paths));
    for (const name of Object.keys(openapi31.components.schemas)) {
      expect(Object.keys(schemaOf(openapi30, name).properties as Schema), name).toEqual(
        Object.keys(schemaOf(openapi31, name).properties as Schema),
      );
    }
  });

  it('keeps every description, adding to it only', () => {
    for (const [name, schema] of Object.entries(openapi31.components.schemas)) {
      expect(String(schemaOf(openapi30, name).description)).toContain(String(schema.description));
      for (const [property, definition] of Object.entries(schema.properties as Record<string, Schema>)) {
        expect(propertyOf(openapi30, name, property).description, `${name}.${property}`).toBe(
          definition.description,
        );
      }
    }
  });

  it('turns a type union with null into type and nullable', () => {
    expect(propertyOf(openapi30, 'JobRequest', 'due_date')).toEqual({
      description: 'The job must be planned no later than this date.',
      type: 'string',
      nullable: true,
      format: 'date-time',
    });
    expect(propertyOf(openapi30, 'JobRequest', 'job_status_code')).toMatchObject({
      type: 'string',
      nullable: true,
      enum: ['Canceled', 'ToBePlanned', 'Waiting', 'Pooling', 'Suggested', 'Activated', 'Open', null],
    });
    expect(propertyOf(openapi30, 'JobRequest', 'name')).toEqual(propertyOf(openapi31, 'JobRequest', 'name'));
  });

  it('turns "an embedded entity or null" into allOf with nullable, keeping the description', () => {
    expect(propertyOf(openapi30, 'JobRequest', 'project')).toEqual({
      description:
        'The project (installation) the job is for, embedded whole; the server creates or updates it.',
      type: 'object',
      nullable: true,
      allOf: [{ $ref: '#/components/schemas/ProjectRequest' }],
    });
  });

  it('drops the mobile-installation condition and says it, in the rule and at the top of JobRequest', () => {
    const request = schemaOf(openapi30, 'JobRequest');
    const rule = (request.allOf as Schema[]).find((member) => 'x-conditional-required' in member);

    expect(rule).toEqual({
      'x-conditional-required': 'mobile_installation_address',
      description: expect.stringContaining('must carry its own street, city and postal code'),
    });
    expect(rule?.description).toContain('not enforced');
    expect(request.description).toMatch(
      /a 3\.0 validator does not check this one: A job on a mobile installation .* street, city and postal code\.$/,
    );
    expect(schemaOf(openapi30, 'Job').description).toBe(schemaOf(openapi31, 'Job').description);
  });

  it('keeps the groups, which 3.0 can say', () => {
    expect((schemaOf(openapi30, 'JobRequest').allOf as Schema[]).slice(0, 3)).toEqual(
      (schemaOf(openapi31, 'JobRequest').allOf as Schema[]).slice(0, 3),
    );
  });

  it('links the license instead of naming its SPDX identifier', () => {
    expect(openapi31.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(openapi30.info.license).toEqual({ name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' });
  });
});

describe('convertSchema, on forms the documents do not use yet', () => {
  it('turns const into a one-value enum, and examples into example', async () => {
    const { convertSchema } = await loadGenerator();

    expect(convertSchema({ const: true, examples: [1, 2] }, noConditions)).toEqual({
      enum: [true],
      example: 1,
    });
  });

  it('turns numeric exclusive bounds into the 3.0 flags', async () => {
    const { convertSchema } = await loadGenerator();

    expect(convertSchema({ type: 'number', exclusiveMinimum: 0 }, noConditions)).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
    });
  });

  it('turns a union of several types into anyOf, and "only null" into a nullable enum of null', async () => {
    const { convertSchema } = await loadGenerator();

    expect(convertSchema({ type: ['string', 'integer', 'null'] }, noConditions)).toEqual({
      allOf: [
        {
          anyOf: [
            { type: 'string', nullable: true },
            { type: 'integer', nullable: true },
          ],
        },
      ],
    });
    expect(convertSchema({ type: 'null' }, noConditions)).toEqual({
      type: 'string',
      nullable: true,
      enum: [null],
    });
  });

  it('moves a $ref with siblings into allOf, and describes what 3.0 has no keyword for', async () => {
    const { convertSchema } = await loadGenerator();

    expect(
      convertSchema({ $ref: '#/components/schemas/Job', description: 'The job.' }, noConditions),
    ).toEqual({
      description: 'The job.',
      allOf: [{ $ref: '#/components/schemas/Job' }],
    });
    expect(convertSchema({ type: 'object', propertyNames: { maxLength: 3 } }, noConditions)).toEqual({
      type: 'object',
      description: 'OpenAPI 3.0 cannot express `propertyNames`: {"maxLength":3}.',
    });
  });

  it('describes a condition without a description by its schemas', async () => {
    const { convertSchema } = await loadGenerator();
    const conversion = { typeOf: (): undefined => undefined, conditions: [] as string[] };
    // Parsed, not written as a literal: an object with a `then` key looks like a thenable to lint.
    const condition: unknown = JSON.parse('{ "if": { "required": ["a"] }, "then": { "required": ["b"] } }');
    const converted = convertSchema(condition, conversion);

    expect(conversion.conditions).toEqual([
      'If the value matches {"required":["a"]}, it must match {"required":["b"]}.',
    ]);
    expect(converted.description).toContain('not enforced');
  });
});
