import { type Direction, ENTITY_NAMES, type EntityName } from '@job-contracts/schemas/runtime';
import { EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { writeText } from '../output.js';

/** What `job-contracts schemas` was asked to do. */
export interface SchemasOptions {
  /** Print this entity's document; list every entity when absent. */
  readonly entity?: EntityName;
  readonly direction: Direction;
}

/**
 * Lists the entities, one per line with the title of its document, or prints one entity's
 * JSON Schema document, byte for byte as emitted to `@job-contracts/schemas/json`.
 */
export async function runSchemas(options: SchemasOptions, io: CliIo): Promise<ExitCode> {
  // Loaded here: building the documents needs TypeBox, which the other commands do without.
  const { schemaDocument, serializeDocument } = await import('@job-contracts/schemas');
  if (options.entity !== undefined) {
    await writeText(io.stdout, serializeDocument(schemaDocument(options.entity, options.direction)));
    return EXIT_OK;
  }
  const width = Math.max(...ENTITY_NAMES.map((name) => name.length));
  const lines = ENTITY_NAMES.map((name) => {
    const title = String(schemaDocument(name, options.direction).title ?? '');
    // Titles end in "(request)" or "(response)": the same for every line, so left out.
    return `${name.padEnd(width)}  ${title.replace(/\s*\((request|response)\)$/, '')}\n`;
  });
  await writeText(io.stdout, lines.join(''));
  return EXIT_OK;
}
