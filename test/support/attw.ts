// Runs @arethetypeswrong/core on a packed tarball and turns its problems into lines a person
// can read, minus the few that are known and justified below.
import { checkPackage, type Package } from '@arethetypeswrong/core';
import { problemKindInfo } from '@arethetypeswrong/core/problems';
import type { Problem, ResolutionKind } from '@arethetypeswrong/core/types';
import { exportEntries } from './exports.js';
import type { Manifest } from './workspace.js';

/** All four resolutions: node10, node16 from CommonJS and from ESM, and bundler. */
export const RESOLUTION_KINDS: readonly ResolutionKind[] = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];

/** A problem a package is allowed to have, and why. Each must still occur (no stale entries). */
export interface AttwException {
  readonly packageName: string;
  readonly kind: Problem['kind'];
  readonly entrypoint: RegExp;
  readonly resolutionKinds: readonly ResolutionKind[];
  readonly reason: string;
}

export const ATTW_EXCEPTIONS: readonly AttwException[] = [
  {
    packageName: '@job-contracts/openapi',
    kind: 'NoResolution',
    entrypoint: /^\.\/openapi\.3\.[01]\.json$/,
    resolutionKinds: ['node10'],
    reason:
      'the JSON fragments are exported as ./openapi.3.x.json but live in openapi/; node10 ignores ' +
      '"exports", so it cannot find them. Node 20 (the engines floor), node16 and bundler all read ' +
      '"exports"; node10 projects get the same documents, typed, as openapi31/openapi30 from the ' +
      'main entry, which node10 resolves.',
  },
];

export interface AttwReport {
  /** Problems no exception covers, one readable line each. */
  readonly problems: string[];
  /** Exceptions for this package that matched no problem. */
  readonly unusedExceptions: AttwException[];
  /** Subpaths left out of the check because they are not modules (YAML and other data). */
  readonly excluded: string[];
}

function where(problem: Problem): string {
  const parts: string[] = [];
  if ('entrypoint' in problem) parts.push(`entrypoint ${problem.entrypoint}`);
  if ('resolutionKind' in problem) parts.push(`under ${problem.resolutionKind}`);
  if ('resolutionOption' in problem) parts.push(`under ${problem.resolutionOption}`);
  if ('typesFileName' in problem) parts.push(`types ${problem.typesFileName}`);
  if ('implementationFileName' in problem) parts.push(`implementation ${problem.implementationFileName}`);
  if ('fileName' in problem) parts.push(`file ${problem.fileName}`);
  if ('moduleSpecifier' in problem) parts.push(`importing ${problem.moduleSpecifier}`);
  if ('missing' in problem) parts.push(`missing ${problem.missing.join(', ')}`);
  return parts.join(', ');
}

function excuses(exception: AttwException, problem: Problem): boolean {
  return (
    exception.kind === problem.kind &&
    'entrypoint' in problem &&
    'resolutionKind' in problem &&
    exception.entrypoint.test(problem.entrypoint) &&
    exception.resolutionKinds.includes(problem.resolutionKind)
  );
}

export async function checkTypes(contents: Package, manifest: Manifest): Promise<AttwReport> {
  // attw asks TypeScript to resolve every subpath; a YAML file is not a module under any
  // resolution, so asking is meaningless. Consumers read such files by their resolved path.
  const excluded = exportEntries(manifest.exports)
    .filter((entry) => entry.kind === 'asset')
    .map((entry) => entry.subpath);
  const result = await checkPackage(contents, { excludeEntrypoints: excluded });
  if (!result.types) {
    return { problems: ['the package ships no types'], unusedExceptions: [], excluded };
  }
  const mine = ATTW_EXCEPTIONS.filter((exception) => exception.packageName === manifest.name);
  const used = new Set<AttwException>();
  const problems: string[] = [];
  for (const problem of result.problems) {
    const exception = mine.find((candidate) => excuses(candidate, problem));
    if (exception === undefined) {
      const info = problemKindInfo[problem.kind];
      problems.push(`${info.title} (${problem.kind}) at ${where(problem)}: ${info.description}`);
    } else {
      used.add(exception);
    }
  }
  return { problems, unusedExceptions: mine.filter((exception) => !used.has(exception)), excluded };
}
