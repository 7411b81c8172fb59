import { readdirSync, readFileSync } from 'node:fs';

const payloadsDir = new URL('../../../../examples/payloads/', import.meta.url);

/** The names of the example payloads in examples/payloads. */
export function examplePayloadNames(): string[] {
  return readdirSync(payloadsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** One example payload, freshly parsed. */
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

/** The smallest valid project request: an id and one member of each group. */
export function minimalProject(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: guidOf(2), project_status_code: 'PS-ACTIVE', company_code: 'C-10482', ...changes };
}

/** The smallest valid user request. */
export function minimalUser(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: guidOf(3), username: 'jdoe', lastname: 'Doe', sales_organization_code: 'SO-BE', ...changes };
}

/** `make(depth - 1)` nested `depth` times under `property`: a parent chain `depth` levels deep. */
export function chain(
  property: string,
  depth: number,
  make: (level: number) => Record<string, unknown>,
): Record<string, unknown> {
  let current = make(depth);
  for (let level = depth - 1; level >= 0; level--) {
    current = { ...make(level), [property]: current };
  }
  return current;
}

/** A value nested `depth` levels deep: `{ a: { a: … {} } }`. */
export function nested(depth: number): unknown {
  let value: unknown = {};
  for (let level = 1; level < depth; level++) value = { a: value };
  return value;
}
