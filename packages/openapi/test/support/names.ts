import type { Direction, EntityName } from '@job-contracts/schemas';

/** `equipment_family` → `EquipmentFamily`. */
function pascalCase(name: string): string {
  return name.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/**
 * The component name of an entity in one direction: `JobRequest`, `Job`. Written out here
 * rather than imported from codegen, so the tests check the naming instead of repeating it.
 */
export function componentName(entity: EntityName | string, direction: Direction | string): string {
  return direction === 'request' ? `${pascalCase(entity)}Request` : pascalCase(entity);
}
