import { Command } from 'commander';
import { collect } from '../arguments.js';
import { runChangeset } from '../diff/changeset.js';
import { DEFAULT_FOLDER } from '../diff/inputs.js';
import type { CliIo } from '../io.js';
import { configure, examples, type SetExitCode } from './configure.js';

interface ChangesetFlags {
  base?: string;
  dryRun?: boolean;
  package?: string[];
  dir?: string;
}

/** The `changeset [old] [new]` command. */
export function changesetCommand(io: CliIo, setExitCode: SetExitCode): Command {
  return configure(new Command('changeset'), io, 'job-contracts changeset --help')
    .summary('write the changeset the schema changes call for')
    .description(
      'Compare two sets of schema documents, as "diff" does, and write a changeset to .changeset/: every ' +
        'public package of the workspace bumped major when a change is breaking, minor when what is ' +
        'accepted changed compatibly, patch when only descriptions did, with a changelog entry that lists ' +
        'the changes in plain words. Writes nothing when nothing changed.',
    )
    .argument(
      '[old]',
      `folder of the old documents (with --base: the folder to compare, default ${DEFAULT_FOLDER})`,
    )
    .argument('[new]', 'folder of the new documents')
    .option('--base <revision>', 'compare the folder at this git tag, branch or commit with the working tree')
    .option('--dry-run', 'print the changeset instead of writing it')
    .option(
      '--package <name>',
      'bump this package (repeat for several; default: every public package)',
      collect,
    )
    .option('--dir <folder>', 'write to this folder (default: .changeset at the workspace root)')
    .addHelpText(
      'after',
      `${examples([
        [
          'the changeset for what changed since the last release',
          'job-contracts changeset schemas/released/json schemas/json',
        ],
        ['see it first', 'job-contracts changeset --base v1.4.0 --dry-run'],
      ])}
Exit codes: 0 written, printed or not needed; 2 bad usage or unreadable input.
`,
    )
    .action(async (before: string | undefined, after: string | undefined, flags: ChangesetFlags) => {
      const folders = [before, after].filter((folder): folder is string => folder !== undefined);
      setExitCode(
        await runChangeset(
          {
            folders,
            dryRun: flags.dryRun === true,
            packages: flags.package ?? [],
            ...(flags.base === undefined ? {} : { base: flags.base }),
            ...(flags.dir === undefined ? {} : { dir: flags.dir }),
          },
          io,
        ),
      );
    });
}
