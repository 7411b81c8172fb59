import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Direction, type EntityName, schemaId } from '@job-contracts/schemas';
import { ajvOptions, ajvPlugin } from '@job-contracts/schemas/runtime';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** Where the fragment's schemas sit, so that its `#/components/schemas/…` refs resolve as written. */
const FRAGMENT_ID = 'https://job-contracts.test/openapi.3.1.json';

/** A plain AJV 2020 that knows our formats and vendor keywords, nothing else. */
function plainAjv(): Ajv2020 {
  return ajvPlugin(
    new Ajv2020({ ...ajvOptions, strict: true, strictTypes: false, allErrors: false, logger: false }),
  );
}

/** Validators compiled from the canonical documents of @job-contracts/schemas. */
export function canonicalValidators(): (entity: EntityName, direction: Direction) => ValidateFunction {
  const ajv = plainAjv();
  const dir = dirname(createRequire(import.meta.url).resolve('@job-contracts/schemas/json/job.request.json'));
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return (entity, direction) => {
    const validate = ajv.getSchema(schemaId(entity, direction));
    if (validate === undefined) throw new Error(`no canonical document for ${entity} ${direction}`);
    return validate;
  };
}

/**
 * Validators compiled from the component schemas of a 3.1 fragment, as they are. They are
 * wrapped in a document that has them at `components.schemas`, so every
 * `#/components/schemas/…` reference resolves without a rewrite; `components` is declared as
 * a keyword only so that strict mode accepts the wrapper.
 */
export function fragmentValidators(
  schemas: Readonly<Record<string, unknown>>,
): (name: string) => ValidateFunction {
  const ajv = plainAjv();
  ajv.addVocabulary(['components']);
  ajv.addSchema({ $id: FRAGMENT_ID, components: { schemas } });
  return (name) => {
    const validate = ajv.getSchema(`${FRAGMENT_ID}#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no component schema ${name}`);
    return validate;
  };
}
