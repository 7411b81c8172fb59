import type { JsonSchema } from '../documents.js';
import { CONTRACT_VIOLATION } from './issues.js';
import { schemaRef } from './refs.js';

const JSON_MEDIA_TYPE = 'application/json';
const TAG = 'Jobs';

/** Names of the shared responses, under `components.responses`. */
export const INVALID_JOB = 'InvalidJob';
export const JOB_NOT_FOUND = 'JobNotFound';

/** The tags the operations use, each described (an undescribed tag is a lint warning). */
export function jobTags(): JsonSchema[] {
  return [
    {
      name: TAG,
      description: 'Jobs (work orders): work to be planned and done by a technician on an installation.',
    },
  ];
}

function json(schema: JsonSchema): JsonSchema {
  return { [JSON_MEDIA_TYPE]: { schema } };
}

function responseRef(name: string): JsonSchema {
  return { $ref: `#/components/responses/${name}` };
}

function propertyNames(schema: JsonSchema | undefined, keyword: 'readOnly' | 'writeOnly'): string[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties)
    .filter(([, property]) => property[keyword] === true)
    .map(([name]) => name);
}

/**
 * What a request may carry beyond what it sets. OpenAPI says read-only properties "SHOULD
 * NOT" be sent; this API accepts and ignores them, which a client generator must know.
 */
function requestNote(request: JsonSchema | undefined): string {
  const readOnly = propertyNames(request, 'readOnly').map((name) => `\`${name}\``);
  const writeOnly = propertyNames(request, 'writeOnly').map((name) => `\`${name}\``);
  return [
    `Properties marked \`readOnly\` (on the job: ${readOnly.join(', ')}) are filled by the server: a request may carry them, and the server ignores them.`,
    writeOnly.length === 0
      ? 'No property is write-only: requests and responses have the same properties.'
      : `Write-only properties (${writeOnly.join(', ')}) are accepted in requests and never returned.`,
    'Unknown properties are rejected; optional properties may be null.',
  ].join(' ');
}

function jobBody(description: string): JsonSchema {
  return { description, required: true, content: json(schemaRef('JobRequest')) };
}

function odataParameter(name: string, description: string, schema: JsonSchema, example: unknown): JsonSchema {
  return { name, in: 'query', required: false, description, schema, example };
}

/** The shared 400 and 404 responses of the job operations. */
export function jobResponses(): Record<string, JsonSchema> {
  return {
    [INVALID_JOB]: {
      description:
        'The job breaks the contract. The body lists every issue, each with a JSON Pointer to the value, the rule it breaks and a message.',
      content: json(schemaRef(CONTRACT_VIOLATION)),
    },
    [JOB_NOT_FOUND]: {
      description: 'No job has this id.',
    },
  };
}

/**
 * The jobs endpoints: create, update, read one, list. `jobRequest` is the `JobRequest`
 * component, read for the names of its read-only properties.
 */
export function jobPaths(jobRequest: JsonSchema | undefined): JsonSchema {
  const note = requestNote(jobRequest);
  const job = schemaRef('Job');
  return {
    '/api/Jobs': {
      get: {
        tags: [TAG],
        operationId: 'listJobs',
        summary: 'List jobs',
        description:
          'Returns the jobs that match the OData query options, as an array. Every query option is optional.',
        parameters: [
          odataParameter(
            '$filter',
            'OData filter expression the jobs must match.',
            { type: 'string' },
            "job_status_code eq 'Open'",
          ),
          odataParameter(
            '$top',
            'Return at most this many jobs.',
            { type: 'integer', minimum: 0, maximum: 2147483647 },
            50,
          ),
          odataParameter(
            '$skip',
            'Skip this many jobs first; with `$top`, pages through the list.',
            { type: 'integer', minimum: 0, maximum: 2147483647 },
            100,
          ),
          odataParameter(
            '$orderby',
            'Comma-separated properties to sort by, each optionally followed by `asc` or `desc`.',
            { type: 'string' },
            'due_date desc',
          ),
        ],
        responses: {
          '200': {
            description: 'The matching jobs.',
            content: json({ type: 'array', items: job }),
          },
          '400': {
            description: 'A query option could not be parsed.',
          },
        },
      },
      post: {
        tags: [TAG],
        operationId: 'createJob',
        summary: 'Create a job',
        description: `Creates a job, and whatever it embeds (project, parent job, type…). ${note}`,
        requestBody: jobBody('The job to create.'),
        responses: {
          '201': { description: 'The job was created; the body is the job as stored.', content: json(job) },
          '400': responseRef(INVALID_JOB),
        },
      },
    },
    '/api/Jobs({id})': {
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'GUID of the job.',
          schema: { type: 'string', format: 'uuid' },
        },
      ],
      get: {
        tags: [TAG],
        operationId: 'getJob',
        summary: 'Get a job',
        description: 'Returns one job. Unset values may come back as null, the nil GUID or 1980-01-01.',
        responses: {
          '200': { description: 'The job.', content: json(job) },
          '404': responseRef(JOB_NOT_FOUND),
        },
      },
      put: {
        tags: [TAG],
        operationId: 'updateJob',
        summary: 'Update a job',
        description: `Replaces the job with this id, and updates whatever it embeds. ${note}`,
        requestBody: jobBody('The job as it should be stored.'),
        responses: {
          '200': { description: 'The job was updated; the body is the job as stored.', content: json(job) },
          '400': responseRef(INVALID_JOB),
          '404': responseRef(JOB_NOT_FOUND),
        },
      },
    },
  };
}
