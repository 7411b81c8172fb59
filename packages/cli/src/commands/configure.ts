import type { Command } from 'commander';
import type { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { terminalColumns } from '../io.js';

/** Hands a command's exit code back to `main`, which returns it. */
export type SetExitCode = (code: ExitCode) => void;

/**
 * Points a commander command at the given streams and makes it throw instead of exiting.
 * Its parse errors become one line (commander's "Did you mean" folded into it) and a hint
 * naming `helpCommand`.
 */
export function configure<C extends Command>(command: C, io: CliIo, helpCommand: string): C {
  return command
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => terminalColumns(io.stdout, 80),
      getErrHelpWidth: () => terminalColumns(io.stderr, 80),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => {
        const line = text.trimEnd().replace(/\n\(Did you mean (.+)\?\)$/, '; did you mean $1?');
        write(`${line}\nhint: run "${helpCommand}" for usage and examples\n`);
      },
    });
}

/** Formats an "Examples:" block for `addHelpText('after', …)`: each as a comment and a command. */
export function examples(list: ReadonlyArray<readonly [comment: string, command: string]>): string {
  const body = list.map(([comment, command]) => `  # ${comment}\n  $ ${command}`).join('\n\n');
  return `\nExamples:\n${body}\n`;
}
