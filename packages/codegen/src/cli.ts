#!/usr/bin/env node
// job-contracts-codegen <target> <package-dir>: writes one package's generated files.
import { resolve } from 'node:path';
import { writeApi } from './api.js';
import { writeBundles } from './bundle.js';
import { writeDocs } from './docs.js';
import { writeMetadata } from './metadata.js';
import { writeOpenApi } from './openapi.js';
import { writeTypes } from './types.js';
import { writeValidators } from './validators.js';

const targets: Record<string, (packageDir: string) => void | Promise<void>> = {
  validators: (dir) => {
    writeValidators(dir);
    writeMetadata(dir);
    writeApi(dir);
  },
  bundle: writeBundles,
  types: writeTypes,
  openapi: writeOpenApi,
  docs: writeDocs,
};

const [target, dir = '.'] = process.argv.slice(2);
const run = target === undefined ? undefined : targets[target];
if (run === undefined) {
  console.error(`usage: job-contracts-codegen <${Object.keys(targets).join('|')}> [package-dir]`);
  process.exit(2);
}
await run(resolve(dir));
