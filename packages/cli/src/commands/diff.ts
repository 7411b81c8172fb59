import { Command, Option } from 'commander';
import { DEFAULT_FOLDER } from '../diff/inputs.js';
import { type DiffFormat, runDiff } from '../diff/run.js';
import type { CliIo } from '../io.js';
import { configure, examples, type SetExitCode } from './configure.js';

/** The `diff [old] [new]` command. */
export function diffCommand(io: CliIo, setExitCode: SetExitCode): Command {
  return configure(new Command('diff'), io, 'job-contracts diff --help')
    .summary('compare two versions of the schema documents and name what breaks')
    .description(
      'Compare two sets of schema documents (two folders, or a folder at a git revision and in the working ' +
        'tree) entity by entity and direction by direction. A request change breaks senders when the new ' +
        'schema rejects what the old accepted; a response change breaks readers when the new schema may ' +
        'produce what the old did not promise. Every change has a stable rule id and a JSON Pointer into ' +
        'both documents.',
    )
    .argument(
      '[old]',
      `folder of the old documents (with --base: the folder to compare, default ${DEFAULT_FOLDER})`,
    )
    .argument('[new]', 'folder of the new documents')
    .option('--base <revision>', 'compare the folder at this git tag, branch or commit with the working tree')
    .addOption(
      new Option('--format <format>', 'text lines, a JSON report, or Markdown for a pull-request comment')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `${examples([
        ['what changed since the last release', 'job-contracts diff schemas/released/json schemas/json'],
        ['what changed since a tag, in the working tree', 'job-contracts diff --base v1.4.0'],
        ['a pull-request comment', 'job-contracts diff --base origin/main --format markdown > comment.md'],
      ])}
Output (text): one line per change, breaking ones first, then a summary:
  project.request.json /properties/reference_back_office/maxLength [max-length-decreased] breaks senders: …
  1 change: 1 breaking, 0 non-breaking; needs a major version

Exit codes: 0 nothing breaking, 1 something breaking, 2 bad usage or unreadable input.
`,
    )
    .action(
      async (
        before: string | undefined,
        after: string | undefined,
        flags: { base?: string; format: DiffFormat },
      ) => {
        const folders = [before, after].filter((folder): folder is string => folder !== undefined);
        setExitCode(
          await runDiff(
            { folders, format: flags.format, ...(flags.base === undefined ? {} : { base: flags.base }) },
            io,
          ),
        );
      },
    );
}
