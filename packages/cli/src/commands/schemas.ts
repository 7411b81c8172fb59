import { DIRECTIONS, type Direction } from '@job-contracts/schemas/runtime';
import { Command, Option } from 'commander';
import { parseEntity } from '../arguments.js';
import type { CliIo } from '../io.js';
import { runSchemas } from '../schemas/run.js';
import { configure, examples, type SetExitCode } from './configure.js';

/** The `schemas [entity]` command. */
export function schemasCommand(io: CliIo, setExitCode: SetExitCode): Command {
  return configure(new Command('schemas'), io, 'job-contracts schemas --help')
    .summary('list the entities, or print the JSON Schema of one')
    .description(
      'Without an entity, list every entity with a one-line description. With one, print its JSON Schema ' +
        '(draft 2020-12) document, exactly as published in @job-contracts/schemas/json.',
    )
    .argument('[entity]', 'entity whose document to print, such as job')
    .addOption(
      new Option('--direction <direction>', 'request: what a client sends; response: what the server returns')
        .choices(DIRECTIONS)
        .default('request'),
    )
    .addHelpText(
      'after',
      `${examples([
        ['list the entities', 'job-contracts schemas'],
        ['the document a job request must follow', 'job-contracts schemas job'],
        [
          'save the response document of a project',
          'job-contracts schemas project --direction response > project.response.json',
        ],
      ])}
Exit codes: 0 done, 2 bad usage (such as an unknown entity).
`,
    )
    .action(async (entity: string | undefined, flags: { direction: Direction }) => {
      const code = await runSchemas(
        { ...(entity === undefined ? {} : { entity: parseEntity(entity) }), direction: flags.direction },
        io,
      );
      setExitCode(code);
    });
}
