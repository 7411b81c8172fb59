// Cold start: require the built package (CommonJS) and validate the payload in argv[2] once.
const { readFileSync } = require('node:fs');
const { isJobRequest } = require('@job-contracts/validators');

process.stdout.write(String(isJobRequest(JSON.parse(readFileSync(process.argv[2], 'utf8')))));
