// The quick-start demo: checks the payloads in examples/payloads against the emitted
// JSON Schema documents with a plain AJV 2020 instance, and prints what it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { ajvOptions, formats, parentDepth, schemaId, VOCABULARY } from '@job-contracts/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';

const root = new URL('../', import.meta.url);
const jsonDir = new URL('schemas/json/', root);
const payloadDir = new URL('examples/payloads/', root);

const ajv = new Ajv2020({ ...ajvOptions, allErrors: true, strict: false, logger: false });
for (const format of Object.values(formats)) ajv.addFormat(format.name, format.validate);
ajv.addVocabulary(VOCABULARY.filter((keyword) => keyword !== 'x-max-depth'));
ajv.addKeyword({
  keyword: 'x-max-depth',
  validate: (limit, data) => parentDepth(data, limit.property, limit.limit) <= limit.limit,
});
for (const file of readdirSync(jsonDir))
  ajv.addSchema(JSON.parse(readFileSync(new URL(file, jsonDir), 'utf8')));

const validate = ajv.getSchema(schemaId('job', 'request'));
let invalid = 0;
const files = readdirSync(payloadDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
for (const file of files) {
  const payload = JSON.parse(readFileSync(new URL(file, payloadDir), 'utf8'));
  if (validate(payload)) {
    console.log(`✔ ${file}: valid job request`);
    continue;
  }
  invalid += 1;
  const errors = validate.errors.filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'),
  );
  console.log(`✘ ${file}: ${errors.length} problem(s)`);
  for (const error of errors) {
    const detail = error.params.missingProperty ?? error.params.additionalProperty ?? '';
    console.log(`    ${error.instancePath || '/'} ${error.message}${detail ? ` (${detail})` : ''}`);
  }
}
console.log(`\n${files.length} payloads, ${files.length - invalid} valid, ${invalid} invalid`);
