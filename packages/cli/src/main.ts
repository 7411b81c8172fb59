import { Command, CommanderError } from 'commander';
import { changesetCommand } from './commands/changeset.js';
import { configure, examples } from './commands/configure.js';
import { diffCommand } from './commands/diff.js';
import { mockCommand } from './commands/mock.js';
import { schemasCommand } from './commands/schemas.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { formatUsageError, UsageError } from './usage-error.js';

/**
 * Runs `job-contracts` with the arguments after the program name, against the given
 * streams, and returns the exit code; it never calls `process.exit`. Usage errors are
 * printed as an `error:` and a `hint:` line on stderr, and return 2.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(),
 * });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_OK;
  const setExitCode = (code: ExitCode): void => {
    exitCode = code;
  };
  const program = configure(new Command('job-contracts'), io, 'job-contracts --help')
    .description(
      'Check Jobs API payloads against their contracts, generate mock payloads, print the schemas, and find breaking schema changes.',
    )
    .addCommand(validateCommand(io, setExitCode))
    .addCommand(mockCommand(io, setExitCode))
    .addCommand(schemasCommand(io, setExitCode))
    .addCommand(diffCommand(io, setExitCode))
    .addCommand(changesetCommand(io, setExitCode))
    .addHelpText(
      'after',
      `${examples([
        ['check files against the job contract', 'job-contracts validate job payload.json more.ndjson'],
        ['generate 100 job requests, the same every time', 'job-contracts mock job --count 100 --seed 42'],
        ['list the entities', 'job-contracts schemas'],
        ['what breaks since the last release', 'job-contracts diff --base v0.1.0'],
      ])}
Run "job-contracts <command> --help" for a command's options and examples.
Exit codes: 0 success, 1 invalid payloads (validate) or a breaking change (diff), 2 bad usage or unreadable input.
`,
    );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(formatUsageError(error.message, error.hint));
      return EXIT_USAGE;
    }
    if (error instanceof CommanderError) {
      // Commander has printed the message (or the help) already; only its exit code is left.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
}
