// Cold start: import AJV, compile the documents at run time, validate the payload in argv[2] once.
import { readFileSync } from 'node:fs';
import { createAjv, JOB_REQUEST_ID, loadDocuments } from '../ajv.mjs';

const validate = createAjv(loadDocuments()).getSchema(JOB_REQUEST_ID);
process.stdout.write(String(validate(JSON.parse(readFileSync(process.argv[2], 'utf8')))));
