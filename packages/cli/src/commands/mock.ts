import type { EmbedMode, InvalidRule } from '@job-contracts/fixtures';
import { DIRECTIONS, type Direction, RULES } from '@job-contracts/schemas/runtime';
import { Command, Option } from 'commander';
import { collect, integerAtLeast, parseEntity, parseSeed } from '../arguments.js';
import type { CliIo } from '../io.js';
import { PROGRESS_THRESHOLD } from '../mock/progress.js';
import { type MockOptions, runMock } from '../mock/run.js';
import { closest } from '../suggest.js';
import { UsageError } from '../usage-error.js';
import { configure, examples, type SetExitCode } from './configure.js';

// Every rule but `unreadable`: JSON cannot express a payload that throws when it is read.
const BREAKABLE_RULES = RULES.filter((rule) => rule !== 'unreadable') as readonly InvalidRule[];

interface MockFlags {
  count: number;
  seed?: number;
  direction: Direction;
  embed?: EmbedMode;
  maxDepth?: number;
  realistic?: boolean;
  invalid?: boolean;
  rule?: string[];
  out?: string;
  array?: boolean;
}

/** The `mock <entity>` command. */
export function mockCommand(io: CliIo, setExitCode: SetExitCode): Command {
  return configure(new Command('mock'), io, 'job-contracts mock --help')
    .summary('generate payloads of an entity, valid or breaking one rule')
    .description(
      'Generate payloads of <entity> with @job-contracts/fixtures, as NDJSON (one per line) or a JSON ' +
        'array. The same --seed and options always give the same bytes. Only payloads go to the output; ' +
        'without --seed, the seed drawn is printed to stderr so the run can be repeated.',
    )
    .argument('<entity>', 'entity to generate, such as job (see "job-contracts schemas")')
    .option('--count <n>', 'how many payloads', integerAtLeast(0), 1)
    .option(
      '--seed <seed>',
      'a 32-bit integer; the same seed gives the same payloads (default: random)',
      parseSeed,
    )
    .addOption(
      new Option('--direction <direction>', 'request: what a client sends; response: what the server returns')
        .choices(DIRECTIONS)
        .default('request'),
    )
    .addOption(
      new Option(
        '--embed <mode>',
        'references as ids only, embedded objects, or a random mix (default: mixed)',
      ).choices(['ids', 'embedded', 'mixed']),
    )
    .option(
      '--max-depth <n>',
      'how deep objects may embed one another, 0 to 8 (default: 2)',
      integerAtLeast(0),
    )
    .option('--realistic', 'believable values (names, addresses) instead of edge cases')
    .option(
      '--invalid',
      'payloads that each break one rule, as {"payload": …, "violation": {"path", "rule"}}',
    )
    .option(
      '--rule <rule>',
      `with --invalid: break only this rule (repeatable): ${BREAKABLE_RULES.join(', ')}`,
      collect,
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--array', 'write one JSON array instead of NDJSON')
    .addHelpText(
      'after',
      `${examples([
        ['one job request', 'job-contracts mock job'],
        [
          '100 believable jobs, the same every time',
          'job-contracts mock job --count 100 --seed 42 --realistic',
        ],
        [
          'jobs with their project, company… embedded, as a JSON array',
          'job-contracts mock job --count 10 --embed embedded --array',
        ],
        [
          'payloads that each break a length or format rule',
          'job-contracts mock job --invalid --rule maxLength --rule format --count 50',
        ],
        [
          'a large file, then check it',
          'job-contracts mock job --count 1000000 --seed 1 --out jobs.ndjson && job-contracts validate job jobs.ndjson',
        ],
      ])}
A progress bar is drawn on stderr when it is a terminal and --count is ${PROGRESS_THRESHOLD} or more.

Exit codes: 0 done, 2 bad usage (an unknown entity or rule, an unwritable --out file).
`,
    )
    .action(async (entity: string, flags: MockFlags) => {
      const options = mockOptions(parseEntity(entity), flags);
      setExitCode(await runMock(options, io));
    });
}

function mockOptions(entity: MockOptions['entity'], flags: MockFlags): MockOptions {
  const rules = (flags.rule ?? []).map(parseRule);
  if (rules.length > 0 && flags.invalid !== true) {
    throw new UsageError('--rule needs --invalid', 'add --invalid to generate payloads that break a rule');
  }
  return {
    entity,
    direction: flags.direction,
    count: flags.count,
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(flags.embed === undefined ? {} : { embed: flags.embed }),
    ...(flags.maxDepth === undefined ? {} : { maxDepth: flags.maxDepth }),
    realistic: flags.realistic === true,
    invalid: flags.invalid === true,
    rules,
    ...(flags.out === undefined ? {} : { out: flags.out }),
    array: flags.array === true,
  };
}

function parseRule(name: string): InvalidRule {
  if ((BREAKABLE_RULES as readonly string[]).includes(name)) {
    return name as InvalidRule;
  }
  const suggestion = closest(name, BREAKABLE_RULES);
  const didYouMean = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  throw new UsageError(`unknown rule "${name}"${didYouMean}`, `use one of ${BREAKABLE_RULES.join(', ')}`);
}
