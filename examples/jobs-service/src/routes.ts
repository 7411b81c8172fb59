import { randomUUID } from 'node:crypto';
import { type Job, type JobRequest, redact } from '@job-contracts/validators';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { isUnsetId, jobKey, parseJobId, requireJobId } from './job-id.js';
import type { JobStore } from './job-store.js';
import { parseListQuery } from './list-query.js';
import { storedJob } from './stored-job.js';

/**
 * `/api/Jobs({id})` in find-my-way's syntax. A plain `(:id)` would swallow the closing
 * parenthesis into the parameter's name, so the parameter gets a regular expression and the
 * `)` after it stays a literal. `.*` rather than a GUID pattern: a malformed id must reach
 * the handlers (PUT answers 400), not fall through to the router's 404.
 */
export const JOB_PATH = '/api/Jobs(:id(.*))';

/** The path of one job, as clients write it. */
export function jobPath(id: string): string {
  return `/api/Jobs(${id})`;
}

/** Options of {@link jobRoutes}. */
export interface JobRoutesOptions {
  readonly store: JobStore;
  /**
   * The body schema of POST and PUT. The service passes `contract('job', 'request')`; the
   * benchmark's comparison passes a `$ref` for Fastify's AJV.
   */
  readonly jobBody: unknown;
  /** The most jobs one list answer holds, whatever `$top` asks for. */
  readonly maxPageSize: number;
}

interface JobParams {
  readonly id: string;
}

function debugEnabled(log: FastifyBaseLogger): boolean {
  return log.level === 'debug' || log.level === 'trace';
}

function logStored(log: FastifyBaseLogger, job: Job, message: string): void {
  log.info({ jobId: job.id }, message);
  if (debugEnabled(log)) {
    // Never log a job as received: redact masks every field the schemas mark sensitive.
    log.debug({ job: redact('job', 'response', job) }, 'stored job');
  }
}

/** The jobs paths of the OpenAPI fragment: list, create, get one, update. */
export async function jobRoutes(app: FastifyInstance, options: JobRoutesOptions): Promise<void> {
  const { store, jobBody, maxPageSize } = options;
  const now = () => new Date().toISOString();

  app.get('/api/Jobs', async (request) => {
    const { top, skip } = parseListQuery(request.query);
    // $top means "at most", so capping it keeps to the fragment.
    return store.page(skip, Math.min(top ?? maxPageSize, maxPageSize));
  });

  app.post<{ Body: JobRequest }>('/api/Jobs', { schema: { body: jobBody } }, async (request, reply) => {
    const body = request.body;
    // A client may choose the id (integrators keep their own GUIDs); otherwise the server does.
    const id = isUnsetId(body.id) ? randomUUID() : jobKey(body.id);
    if (store.has(id)) {
      // Not declared by the fragment: creating must not silently overwrite another job.
      return reply
        .code(409)
        .send({ message: `a job with this id exists: replace it with PUT ${jobPath(id)}` });
    }
    const job = storedJob(body, { id, now: now() });
    store.set(id, job);
    logStored(request.log, job, 'job created');
    return reply.code(201).header('location', jobPath(id)).send(job);
  });

  app.get<{ Params: JobParams }>(JOB_PATH, async (request, reply) => {
    // The fragment declares only 200 and 404 here: a string that is not a GUID names no job.
    const id = parseJobId(request.params.id);
    const job = id === undefined ? undefined : store.get(id);
    if (job === undefined) {
      return reply.code(404).send();
    }
    return job;
  });

  app.put<{ Params: JobParams; Body: JobRequest }>(
    JOB_PATH,
    {
      schema: { body: jobBody },
      // Before body validation: a malformed URL is reported without reading the job.
      preValidation: async (request) => {
        requireJobId(request.params.id);
      },
    },
    async (request, reply) => {
      const id = requireJobId(request.params.id);
      const previous = store.get(id);
      if (previous === undefined) {
        return reply.code(404).send();
      }
      // The URL names the job; an id in the body cannot move it to another one.
      const job = storedJob(request.body, { id, now: now(), previous });
      store.set(id, job);
      logStored(request.log, job, 'job replaced');
      return job;
    },
  );
}
