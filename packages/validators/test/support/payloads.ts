import { readFileSync } from 'node:fs';

const payloadsDir = new URL('../../../../examples/payloads/', import.meta.url);

/** One of the example payloads in examples/payloads, freshly parsed. */
export function examplePayload(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, payloadsDir), 'utf8')) as Record<string, unknown>;
}

/** A GUID that is not nil, distinct per `n`. */
export function guidOf(n: number): string {
  return `8ebaecad-6bc5-402d-83eb-${n.toString(16).padStart(12, '0')}`;
}

/** The smallest valid job request: a name and one member of each group. */
export function minimalJob(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Replace circulation pump',
    project_id: guidOf(1),
    job_type_code: 'REPAIR',
    job_status_code: 'Open',
    ...changes,
  };
}
