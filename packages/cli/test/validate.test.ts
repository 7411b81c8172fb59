// `validate` in process, through `main`: results, positions, exit codes and the JSON report.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../src/index.js';
import { run } from './support/io.js';
import { EXAMPLES, exampleLine, temporaryFolder } from './support/paths.js';

const folder = temporaryFolder();
afterAll(folder.remove);

/** Writes `text` to a file in the test folder and returns its name there. */
function file(name: string, text: string): string {
  writeFileSync(join(folder.path, name), text);
  return name;
}

const minimal = exampleLine('job.minimal.json');

const NESTED = `{
  "name": "Replace circulation pump",
  "job_type_code": "JT-REPAIR",
  "job_status_code": "Open",
  "project": {
    "project_status_code": "IN-SERVICE",
    "company_code": "ACME",
    "is_mobile_installation": "yes"
  }
}
`;

describe('validate: files', () => {
  it('passes the valid examples with exit code 0 and a summary', async () => {
    const result = await run(['validate', 'job', 'job.full.json', 'job.minimal.json'], { cwd: EXAMPLES });
    expect(result).toEqual({ code: 0, stdout: '2 payloads, 2 valid, 0 invalid\n', stderr: '' });
  });

  it('names each issue of an invalid file with file, line, column, pointer, rule and message', async () => {
    const result = await run(['validate', 'job', 'job.broken.json'], { cwd: EXAMPLES });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('job.broken.json:2:3 /name [required] name must not be blank');
    expect(lines).toContain(
      'job.broken.json:11:3 /job_status [unknownProperty] job has no property "job_status"; did you mean "job_status_code"?',
    );
    expect(lines.at(-1)).toBe('1 payload, 0 valid, 1 invalid');
    expect(result.stderr).toBe('');
  });

  it('places a missing property at the object that should hold it, the root at 1:1', async () => {
    const result = await run(['validate', 'job', 'job.broken.json'], { cwd: EXAMPLES });
    expect(result.stdout).toMatch(/^job\.broken\.json:1:1 \/db_address_street \[conditionalRequired\] /m);
    expect(result.stdout).toMatch(/^job\.broken\.json:1:1 \(root\) \[requiredGroup\] /m);
  });

  it('places nested issues, and a property missing from a nested object', async () => {
    const result = await run(['validate', 'job', file('nested.json', NESTED)], { cwd: folder.path });
    expect(result.stdout).toBe(
      'nested.json:5:3 /project/id [required] id is required\n' +
        'nested.json:8:5 /project/is_mobile_installation [type] is_mobile_installation must be true or false or null (got string)\n' +
        '1 payload, 0 valid, 1 invalid\n',
    );
  });

  it('places issues deep in the documentation sample', async () => {
    const result = await run(['validate', 'job', 'job.doc-sample.json'], { cwd: EXAMPLES });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'job.doc-sample.json:39:9 /project/equipment_family/sales_organization/email [format]',
    );
    expect(result.stdout).toContain('job.doc-sample.json:286:3 /job_status_code [enum]');
  });

  it('exits 1 when some payloads are invalid and counts each', async () => {
    const result = await run(['validate', 'job', 'job.full.json', 'job.broken.json', 'job.doc-sample.json'], {
      cwd: EXAMPLES,
    });
    expect(result.code).toBe(1);
    expect(result.stdout.endsWith('3 payloads, 1 valid, 2 invalid\n')).toBe(true);
  });

  it('reports a missing file, still checks the others, and exits 2 (over 1)', async () => {
    const result = await run(['validate', 'job', 'job.broken.json', 'nowhere.json', 'job.full.json'], {
      cwd: EXAMPLES,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('nowhere.json error: cannot read the file: no such file or directory\n');
    expect(result.stdout.endsWith('2 payloads, 1 valid, 1 invalid, 1 unreadable\n')).toBe(true);
  });

  it('reports malformed JSON with its line and column', async () => {
    const name = file('malformed.json', '{\n  "name": "x",\n  "job_type_code" "JT"\n}\n');
    const result = await run(['validate', 'job', name], { cwd: folder.path });
    expect(result).toEqual({
      code: 2,
      stdout:
        'malformed.json:3:19 error: malformed JSON: colon expected\n0 payloads, 0 valid, 0 invalid, 1 unreadable\n',
      stderr: '',
    });
  });

  it('reads several pretty-printed payloads in a row, and resumes after a broken one', async () => {
    const text = `${NESTED}{\n  "broken": \n}\n${JSON.stringify(JSON.parse(minimal), null, 2)}\n`;
    const result = await run(['validate', 'job', file('several.json', text)], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('several.json:5:3 /project/id [required]');
    expect(result.stdout).toContain('several.json:13:1 error: malformed JSON: value expected\n');
    expect(result.stdout.endsWith('2 payloads, 1 valid, 1 invalid, 1 unreadable\n')).toBe(true);
  });

  it('reads a top-level array as a list of payloads, placing issues in each element', async () => {
    const text = `[\n  ${minimal},\n  {"name": ""}\n]\n`;
    const result = await run(['validate', 'job', file('list.json', text)], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('list.json:3:4 /name [required] name must not be blank\n');
    expect(result.stdout.endsWith('2 payloads, 1 valid, 1 invalid\n')).toBe(true);
  });

  it('caps the issues of a payload with --max-issues and says so', async () => {
    const result = await run(['validate', 'job', 'job.broken.json', '--max-issues', '2'], { cwd: EXAMPLES });
    const issueLines = result.stdout.split('\n').filter((line) => line.includes('['));
    expect(issueLines).toHaveLength(2);
    expect(result.stdout).toContain(
      'job.broken.json:1:1 (more issues left out; raise --max-issues above 2)\n',
    );
  });

  it('checks responses with --direction response, where unknown properties are allowed', async () => {
    const text = JSON.stringify({ ...JSON.parse(minimal), added_later: 1 });
    const extra = file('extra.json', text);
    const request = await run(['validate', 'job', extra], { cwd: folder.path });
    const response = await run(['validate', 'job', '--direction', 'response', extra], { cwd: folder.path });
    const column = text.indexOf('"added_later"') + 1;
    expect(request.stdout).toContain(`extra.json:1:${column} /added_later [unknownProperty]`);
    expect(response).toEqual({ code: 0, stdout: '1 payload, 1 valid, 0 invalid\n', stderr: '' });
  });

  it('prints only errors and the summary with --summary-only', async () => {
    const result = await run(['validate', 'job', 'job.broken.json', 'nowhere.json', '--summary-only'], {
      cwd: EXAMPLES,
    });
    expect(result.stdout).toBe(
      'nowhere.json error: cannot read the file: no such file or directory\n1 payload, 0 valid, 1 invalid, 1 unreadable\n',
    );
  });
});

describe('validate: NDJSON and standard input', () => {
  const ndjson = [minimal, '{"name": "x",', '', '{"name":"","job_type_code":"A"}', minimal].join('\n');

  it('reports a malformed line in the middle with its position, checks the rest, exits 2', async () => {
    const result = await run(['validate', 'job', file('jobs.ndjson', `${ndjson}\n`)], { cwd: folder.path });
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('jobs.ndjson:2:14 error: malformed JSON: property name expected');
    expect(lines).toContain('jobs.ndjson:4:2 /name [required] name must not be blank');
    expect(lines.at(-1)).toBe('3 payloads, 2 valid, 1 invalid, 1 unreadable');
  });

  it('treats every line of a .jsonl file as a payload, even the first malformed one', async () => {
    const result = await run(['validate', 'job', file('jobs.jsonl', `{\n${minimal}\n`)], {
      cwd: folder.path,
    });
    expect(result.stdout).toBe(
      'jobs.jsonl:1:2 error: malformed JSON: closing brace expected\n1 payload, 1 valid, 0 invalid, 1 unreadable\n',
    );
  });

  it('recognises NDJSON by content in a file not named so', async () => {
    const result = await run(['validate', 'job', file('jobs.txt', `${ndjson}\n`)], { cwd: folder.path });
    expect(result.stdout.endsWith('3 payloads, 2 valid, 1 invalid, 1 unreadable\n')).toBe(true);
  });

  it('reads standard input when no file is given, and for "-"', async () => {
    const implicit = await run(['validate', 'job'], { stdin: ndjson });
    const dash = await run(['validate', 'job', '-'], { stdin: ndjson });
    expect(implicit.code).toBe(2);
    expect(implicit.stdout).toContain('<stdin>:4:2 /name [required] name must not be blank\n');
    expect(dash).toEqual(implicit);
  });

  it('reads a pretty-printed payload from standard input', async () => {
    const result = await run(['validate', 'job'], { stdin: NESTED });
    expect(result.stdout).toContain('<stdin>:8:5 /project/is_mobile_installation [type]');
  });

  it('counts no payloads in empty input', async () => {
    expect(await run(['validate', 'job'], { stdin: '' })).toEqual({
      code: 0,
      stdout: '0 payloads, 0 valid, 0 invalid\n',
      stderr: '',
    });
  });
});

describe('validate --format json', () => {
  it('prints one report object with files, rejected payloads, errors and totals', async () => {
    const text = [minimal, '{"name": "x",', '{"name":""}'].join('\n');
    const name = file('report.ndjson', text);
    const result = await run(['validate', 'job', name, 'nowhere.json', '--format', 'json'], {
      cwd: folder.path,
    });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(report).toMatchObject({
      entity: 'job',
      direction: 'request',
      ok: false,
      exitCode: 2,
      files: [
        { file: 'report.ndjson', format: 'ndjson', ok: false, payloads: 2, valid: 1, invalid: 1, errors: 1 },
        { file: 'nowhere.json', ok: false, payloads: 0, valid: 0, invalid: 0, errors: 1 },
      ],
      errors: [
        { file: 'report.ndjson', line: 2, column: 14, message: 'malformed JSON: property name expected' },
        { file: 'nowhere.json', message: 'cannot read the file: no such file or directory' },
      ],
      totals: { files: 2, payloads: 2, valid: 1, invalid: 1, errors: 2 },
    });
    expect(report.payloads).toHaveLength(1);
    const [payload] = report.payloads ?? [];
    expect(payload).toMatchObject({
      file: 'report.ndjson',
      index: 1,
      line: 3,
      column: 1,
      ok: false,
      truncated: false,
    });
    expect(payload?.issues).toContainEqual({
      path: '/name',
      rule: 'required',
      message: 'name must not be blank',
      line: 3,
      column: 2,
    });
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('}');
  });

  it('reports all valid as ok with exit code 0 and no payloads', async () => {
    const result = await run(['validate', 'job', 'job.full.json', '--format', 'json'], { cwd: EXAMPLES });
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(result.code).toBe(0);
    expect(report).toMatchObject({ ok: true, exitCode: 0, payloads: [], errors: [] });
    expect(report.files[0]).toMatchObject({ file: 'job.full.json', format: 'json', ok: true, valid: 1 });
  });

  it('leaves the payloads out with --summary-only', async () => {
    const result = await run(['validate', 'job', 'job.broken.json', '--format', 'json', '--summary-only'], {
      cwd: EXAMPLES,
    });
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(report.payloads).toBeUndefined();
    expect(report.totals).toEqual({ files: 1, payloads: 1, valid: 0, invalid: 1, errors: 0 });
  });
});
