// The quick-start demo: checks the payloads in examples/payloads as job requests with
// @job-contracts/validators, and prints every issue with its path and rule.
import { readdirSync, readFileSync } from 'node:fs';
import { parseJobRequest } from '@job-contracts/validators';

const payloadDir = new URL('../examples/payloads/', import.meta.url);
const files = readdirSync(payloadDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

let invalid = 0;
for (const file of files) {
  const result = parseJobRequest(JSON.parse(readFileSync(new URL(file, payloadDir), 'utf8')));
  if (result.ok) {
    console.log(`✔ ${file}: valid job request`);
    continue;
  }
  invalid += 1;
  console.log(`✘ ${file}: ${result.issues.length} issue(s)`);
  for (const issue of result.issues) {
    console.log(`    ${issue.path || '(root)'}  [${issue.rule}]  ${issue.message}`);
  }
}
console.log(`\n${files.length} payloads, ${files.length - invalid} valid, ${invalid} invalid`);
