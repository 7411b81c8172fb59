import type { ArbitraryOptions, InvalidPayload, InvalidRule } from '@job-contracts/fixtures';
import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import type { Arbitrary } from 'fast-check';
import { EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { arrayFraming, ndjsonFraming } from './framing.js';
import { progressBar } from './progress.js';
import { chunks, randomSeed } from './samples.js';
import { openSink } from './sink.js';

/** What `job-contracts mock` was asked to do. */
export interface MockOptions {
  readonly entity: EntityName;
  readonly direction: Direction;
  readonly count: number;
  /** The fast-check seed; a random one (printed to stderr) when absent. */
  readonly seed?: number;
  /** Fixtures' default (`mixed`) when absent. */
  readonly embed?: ArbitraryOptions['embed'];
  /** Fixtures' default (2) when absent. */
  readonly maxDepth?: number;
  readonly realistic?: boolean;
  /** Payloads that each break one rule, written as `{ payload, violation: { path, rule } }`. */
  readonly invalid?: boolean;
  /** With `invalid`: only break these rules. */
  readonly rules?: readonly InvalidRule[];
  /** A file (relative to `io.cwd`) instead of standard output. */
  readonly out?: string;
  /** A JSON array instead of NDJSON. */
  readonly array?: boolean;
}

/** The part of `@job-contracts/fixtures` the command uses; tests may hand in their own. */
export type Fixtures = Pick<typeof import('@job-contracts/fixtures'), 'arbitrary' | 'invalidArbitrary'>;

/**
 * Writes `count` generated payloads as NDJSON (or a JSON array), deterministic for a seed.
 * Nothing but payloads goes to the output; the random seed, when none was given, and the
 * progress bar of a long run in a terminal go to stderr.
 */
export async function runMock(options: MockOptions, io: CliIo, fixtures?: Fixtures): Promise<ExitCode> {
  // Loaded here, not at the top: fast-check and the generators are the heaviest modules.
  const [{ sample }, generators] = await Promise.all([
    import('fast-check'),
    fixtures ?? import('@job-contracts/fixtures'),
  ]);
  const lines = serializer(options, generators);
  const seed = options.seed ?? randomSeed();
  if (options.seed === undefined) {
    io.stderr.write(`seed ${seed} (repeat this run with --seed ${seed})\n`);
  }
  const sink = await openSink(options.out, io);
  const framing = options.array ? arrayFraming() : ndjsonFraming();
  const progress = progressBar(io.stderr, options.count, `mock ${options.entity}`);
  let done = 0;
  try {
    for (const values of chunks(sample, lines.arbitrary, seed, options.count)) {
      await sink.write(values.map((value) => framing.item(lines.serialize(value))).join(''));
      done += values.length;
      progress.update(done);
    }
    await sink.write(framing.end());
  } finally {
    progress.finish();
    await sink.close();
  }
  return EXIT_OK;
}

interface Serializer {
  readonly arbitrary: Arbitrary<unknown>;
  serialize(value: unknown): string;
}

// The arbitrary to draw from and how one drawn value becomes one line of output. The
// generators reject options that make no sense for the entity (a rule it cannot break, a
// depth out of range) with an error whose message is worth showing as a usage error.
function serializer(options: MockOptions, generators: Fixtures): Serializer {
  const shape: ArbitraryOptions = {
    direction: options.direction,
    ...(options.embed === undefined ? {} : { embed: options.embed }),
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
    ...(options.realistic === undefined ? {} : { realistic: options.realistic }),
  };
  try {
    if (options.invalid) {
      const rules = options.rules === undefined || options.rules.length === 0 ? {} : { rules: options.rules };
      return {
        arbitrary: generators.invalidArbitrary(options.entity, { ...shape, ...rules }),
        // `change` (the edit, in words) is for test failure reports; the line carries the contract facts.
        serialize: (value) => {
          const { payload, violation } = value as InvalidPayload;
          return JSON.stringify({ payload, violation: { path: violation.path, rule: violation.rule } });
        },
      };
    }
    return {
      arbitrary: generators.arbitrary(options.entity, shape),
      serialize: (value) => JSON.stringify(value),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message, 'run "job-contracts mock --help" for the options');
  }
}
