// Cold start baseline: an ES module that reads and parses the payload in argv[2], and
// validates nothing. The difference to cold/package.mjs is what the package itself costs.
import { readFileSync } from 'node:fs';

process.stdout.write(typeof JSON.parse(readFileSync(process.argv[2], 'utf8')));
