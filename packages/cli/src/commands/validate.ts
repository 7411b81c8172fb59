import { DIRECTIONS, type Direction } from '@job-contracts/schemas/runtime';
import { Command, Option } from 'commander';
import { integerAtLeast, parseEntity } from '../arguments.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { runValidate } from '../validate/run.js';
import { configure, examples, type SetExitCode } from './configure.js';

interface ValidateFlags {
  direction: Direction;
  format: 'text' | 'json';
  maxIssues?: number;
  summaryOnly?: boolean;
  debugRss?: boolean;
}

/** The `validate <entity> [files...]` command. */
export function validateCommand(io: CliIo, setExitCode: SetExitCode): Command {
  return configure(new Command('validate'), io, 'job-contracts validate --help')
    .summary('check JSON or NDJSON payloads against an entity contract')
    .description(
      'Check payloads against the contract of <entity>. Reads JSON files, NDJSON files (one payload per ' +
        'line: named .ndjson or .jsonl, or any file whose first line is a whole JSON value) or standard ' +
        'input ("-", or no file). A top-level JSON array is read as a list of payloads. NDJSON is ' +
        'streamed line by line, so its size does not matter.',
    )
    .argument('<entity>', 'entity to check against, such as job (see "job-contracts schemas")')
    .argument('[files...]', 'JSON or NDJSON files; "-" or none reads standard input')
    .addOption(
      new Option('--direction <direction>', 'request: what a client sends; response: what the server returns')
        .choices(DIRECTIONS)
        .default('request'),
    )
    .addOption(
      new Option('--format <format>', 'text lines, or one JSON report')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--max-issues <n>', 'most issues reported per payload (default: 100)', integerAtLeast(1))
    .option('--summary-only', 'report no issues: only errors and the summary (text), files and totals (json)')
    .addOption(new Option('--debug-rss', 'print the peak resident set size to stderr').hideHelp())
    .addHelpText(
      'after',
      `${examples([
        ['check one file', 'job-contracts validate job examples/payloads/job.full.json'],
        ['check several files and an NDJSON stream', 'job-contracts validate job a.json b.json jobs.ndjson'],
        [
          'check what the server returned, from standard input',
          'curl -s "$API/Jobs(42)" | job-contracts validate job --direction response',
        ],
        ['a machine-readable report', 'job-contracts validate job jobs.ndjson --format json > report.json'],
      ])}
Output (text): one line per issue, then a summary:
  payload.json:12:5 /project/name [required] name must not be blank
  12 payloads, 10 valid, 2 invalid

Exit codes: 0 all valid, 1 some invalid, 2 bad usage or unreadable input (a missing file,
malformed JSON); 2 wins over 1.
`,
    )
    .action(async (entity: string, files: string[], flags: ValidateFlags) => {
      const checked = parseEntity(entity);
      if (files.filter((file) => file === '-').length > 1) {
        throw new UsageError('standard input ("-") can be read only once', 'name "-" at most once');
      }
      const code = await runValidate(
        {
          entity: checked,
          direction: flags.direction,
          files,
          format: flags.format,
          ...(flags.maxIssues === undefined ? {} : { maxIssues: flags.maxIssues }),
          summaryOnly: flags.summaryOnly === true,
          debugRss: flags.debugRss === true,
        },
        io,
      );
      setExitCode(code);
    });
}
