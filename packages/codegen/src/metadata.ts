import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction, DocumentFacts, EntityName } from '@job-contracts/schemas';
import { documentFileName } from '@job-contracts/schemas';
import { type JsonSchema, loadDocuments, pairs } from './documents.js';
import { generatedHeader } from './header.js';

const REF = /^([a-z_]+)\.(request|response)\.json$/;

function embeddedEntity(property: JsonSchema): { entity: EntityName; list: boolean } | undefined {
  const anyOf = property.anyOf as JsonSchema[] | undefined;
  const candidates = [property, ...(anyOf ?? [])];
  for (const candidate of candidates) {
    const items = candidate.items as JsonSchema | undefined;
    const ref = (candidate.$ref ?? items?.$ref) as string | undefined;
    const match = ref === undefined ? null : REF.exec(ref);
    if (match?.[1] !== undefined) {
      return { entity: match[1] as EntityName, list: items !== undefined };
    }
  }
  return undefined;
}

function hasFormat(property: JsonSchema, formats: readonly string[]): boolean {
  return typeof property.format === 'string' && formats.includes(property.format);
}

/** Reads the facts of one document. */
export function documentFacts(document: JsonSchema): DocumentFacts {
  const properties = Object.entries(document.properties as Record<string, JsonSchema>);
  const embeds: Record<string, { entity: EntityName; list: boolean }> = {};
  for (const [name, property] of properties) {
    const embedded = embeddedEntity(property);
    if (embedded !== undefined) {
      embeds[name] = embedded;
    }
  }
  const groups: Record<string, { name: string; members: string[] }> = {};
  const conditions: Record<string, { name: string; description: string }> = {};
  for (const [index, rule] of ((document.allOf ?? []) as JsonSchema[]).entries()) {
    if (typeof rule['x-required-group'] === 'string') {
      const branches = rule.anyOf as Array<{ required: string[] }>;
      groups[index] = {
        name: rule['x-required-group'],
        members: branches.flatMap((branch) => branch.required),
      };
    }
    if (typeof rule['x-conditional-required'] === 'string') {
      conditions[index] = { name: rule['x-conditional-required'], description: String(rule.description) };
    }
  }
  const types: Record<string, string[]> = {};
  for (const [name, property] of properties) {
    const type = property.type;
    types[name] =
      typeof type === 'string'
        ? [type]
        : Array.isArray(type)
          ? (type as string[])
          : embeds[name]
            ? ['object', 'null']
            : [];
  }
  return {
    types,
    groups,
    conditions,
    properties: properties.map(([name]) => name),
    sensitive: properties.filter(([, property]) => property['x-sensitive'] === true).map(([name]) => name),
    embeds,
    guids: properties.filter(([, property]) => hasFormat(property, ['uuid'])).map(([name]) => name),
    dateTimes: properties
      .filter(([, property]) => hasFormat(property, ['date-time', 'date-time-optional-offset']))
      .map(([name]) => name),
  };
}

/** Writes `src/generated/metadata.ts`: the facts of every document, as a typed constant. */
export function writeMetadata(packageDir: string): void {
  const documents = loadDocuments();
  const facts: Partial<Record<EntityName, Partial<Record<Direction, DocumentFacts>>>> = {};
  for (const { entity, direction } of pairs()) {
    const document = documents.get(documentFileName(entity, direction));
    if (document === undefined) {
      throw new Error(
        `codegen: ${documentFileName(entity, direction)} is missing; build @job-contracts/schemas first`,
      );
    }
    facts[entity] = { ...facts[entity], [direction]: documentFacts(document) };
  }
  const source = [
    generatedHeader(),
    "import type { Direction, DocumentFacts, EntityName } from '@job-contracts/schemas/runtime';",
    '',
    '/** What each document says about its properties, read from the emitted JSON. */',
    `export const metadata: Readonly<Record<EntityName, Readonly<Record<Direction, DocumentFacts>>>> = ${JSON.stringify(facts)};`,
    '',
  ].join('\n');
  const dir = join(packageDir, 'src', 'generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'metadata.ts'), source);
}
