import { type AnyField, type EntityName, entities } from '../../src/index.js';

/** A GUID that is not nil, distinct per `n`. */
export function guidOf(n: number): string {
  return `8ebaecad-6bc5-402d-83eb-${n.toString(16).padStart(12, '0')}`;
}

/**
 * The smallest valid request of each entity: required fields and one member of each group.
 * Every one of them is a valid response too.
 */
export const minimal: Readonly<Record<EntityName, Readonly<Record<string, unknown>>>> = {
  job: {
    name: 'Replace circulation pump',
    project_id: guidOf(1),
    job_type_code: 'REPAIR',
    job_status_code: 'Open',
  },
  project: { id: guidOf(2), project_status_code: 'IN-SERVICE', company_code: 'ACME' },
  equipment_family: { id: guidOf(3), name: 'Boilers' },
  equipment_model: { name: 'ecoTEC plus' },
  equipment_brand: { name: 'Vaillant' },
  sales_organization: { id: guidOf(4), name: 'Field Service Belgium' },
  translation: { field_name: 'name', language_code: 'nl' },
  project_status: { name: 'In service', is_closed: false },
  job_type: { name: 'Repair' },
  job_priority: { name: 'Urgent' },
  user: {
    id: guidOf(5),
    username: 'an.peeters@example.com',
    lastname: 'Peeters',
    sales_organization_code: 'BE',
  },
  skill: { name: 'Gas safety' },
  company: { id: guidOf(6), name: 'Acme NV' },
};

/** `minimal[entity]` with `changes` applied; a value of `undefined` removes the property. */
export function withChanges(entity: EntityName, changes: Record<string, unknown>): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...minimal[entity] };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) {
      delete payload[key];
    } else {
      payload[key] = value;
    }
  }
  return payload;
}

/** A chain of `depth` parents below a minimal object, through `property`. */
export function chain(entity: EntityName, property: string, depth: number): Record<string, unknown> {
  let current: Record<string, unknown> = { ...minimal[entity] };
  for (let i = 0; i < depth; i++) {
    current = { ...minimal[entity], [property]: current };
  }
  return current;
}

/** The definition of one field of an entity, looked up by name. */
export function fieldOf(entity: EntityName, name: string): AnyField | undefined {
  return (entities[entity].fields as Readonly<Record<string, AnyField>>)[name];
}
