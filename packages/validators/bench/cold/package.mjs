// Cold start: import the built package and validate the payload in argv[2] once.
import { readFileSync } from 'node:fs';
import { isJobRequest } from '@job-contracts/validators';

process.stdout.write(String(isJobRequest(JSON.parse(readFileSync(process.argv[2], 'utf8')))));
