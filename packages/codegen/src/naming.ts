import type { Direction, EntityName } from '@job-contracts/schemas';

/** `equipment_family` → `EquipmentFamily`. */
export function pascalCase(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The public type name of an entity in one direction: `JobRequest` for requests, `Job` for responses. */
export function typeName(entity: EntityName, direction: Direction): string {
  return direction === 'request' ? `${pascalCase(entity)}Request` : pascalCase(entity);
}
