import { NIL_GUID, UNSET_DATE } from '@job-contracts/schemas/runtime';
import { isUnsetDate, isUnsetGuid, type Job, type JobRequest } from '@job-contracts/validators';

/** How the server writes a date it has no value for: it stores no NULLs (DESIGN rule 4). */
const UNSET_DATE_TIME = `${UNSET_DATE}T00:00:00`;

/** A date the client really gave: not absent, not null, not the 1980-01-01 sentinel. */
function givenDate(value: string | null | undefined): string | undefined {
  return value === undefined || value === null || isUnsetDate(value) ? undefined : value;
}

/**
 * `company_id` and `company_code` are derived from the project. Only an embedded project
 * says which company it belongs to; with a bare `project_id` the server would look the
 * project up, which this example cannot, so the company stays unset.
 */
function companyOf(project: JobRequest['project']): Pick<Job, 'company_id' | 'company_code'> {
  if (typeof project !== 'object' || project === null) {
    return { company_id: NIL_GUID, company_code: null };
  }
  const byId = typeof project.company_id === 'string' && !isUnsetGuid(project.company_id);
  return {
    company_id: byId ? project.company_id : (project.company?.id ?? NIL_GUID),
    company_code: project.company_code ?? null,
  };
}

/** What the server knows when it stores a job, besides the request. */
export interface StoreContext {
  /** The job's GUID: chosen by the client or assigned by the server. */
  readonly id: string;
  /** The time of this write, as an RFC 3339 date-time in UTC. */
  readonly now: string;
  /** The job as stored before, when this write replaces it (PUT). */
  readonly previous?: Job | undefined;
}

/**
 * The job as the server stores and returns it: the request as sent, with the id and the
 * fields the server owns. Read-only fields a request may carry (`date_closed`, `company_id`,
 * `company_code`, `modified_dateutc`) are overwritten, as the fragment says the server ignores
 * them. `date_create` and `date_update` are writable (integrators import history), so they are
 * filled only when the client left them unset.
 */
export function storedJob(request: JobRequest, { id, now, previous }: StoreContext): Job {
  return {
    ...request,
    id,
    date_create: givenDate(request.date_create) ?? previous?.date_create ?? now,
    date_update: givenDate(request.date_update) ?? now,
    // Closing a job is not modelled here, so it is never closed.
    date_closed: UNSET_DATE_TIME,
    ...companyOf(request.project),
    modified_dateutc: now,
  };
}
