import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import type { Issue } from '@job-contracts/validators';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { type CliIo, isTerminal } from '../io.js';
import { BufferedOutput } from '../output.js';
import type { PayloadEntry } from './entry.js';
import { readEntries } from './read.js';
import type { ReportError, ReportFile, ReportPayload, ValidationReport } from './report.js';
import { describe, type Source, SourceError, sourcesOf } from './sources.js';
import { errorLine, payloadLines, summaryLine } from './text.js';

/** What `job-contracts validate` was asked to do. */
export interface ValidateOptions {
  readonly entity: EntityName;
  readonly direction: Direction;
  /** File names relative to `io.cwd`; `-` or an empty list is standard input. */
  readonly files: readonly string[];
  readonly format: 'text' | 'json';
  /** Issues per payload; the validators' default (100) when absent. */
  readonly maxIssues?: number;
  /** Leave the issues out: text prints only errors and the summary, JSON only files and totals. */
  readonly summaryOnly?: boolean;
  /** Print the peak resident set size to stderr at the end (for the streaming test). */
  readonly debugRss?: boolean;
}

/** The part of a validators result this command reads. */
type Rejection = { readonly issues: readonly Issue[]; readonly truncated: boolean };
type Check = (value: unknown) => { readonly ok: true } | ({ readonly ok: false } & Rejection);

/**
 * Validates every payload of every input, streaming: each input is read line by line and
 * only counts and rejected payloads are kept. Text output is written as it is found; the
 * JSON report once, at the end. Returns 0 when all are valid, 1 when some are invalid, 2
 * when an input could not be read (which wins).
 */
export async function runValidate(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  // Loaded here, not at the top: `schemas` and `mock` start faster without the validators.
  const { validate } = await import('@job-contracts/validators');
  const check: Check = (value) =>
    validate(options.entity, options.direction, value, { maxIssues: options.maxIssues });
  const out = new BufferedOutput(io.stdout);
  const text = options.format === 'text';
  const files: ReportFile[] = [];
  const payloads: ReportPayload[] = [];
  const errors: ReportError[] = [];

  if (options.files.length === 0 && isTerminal(io.stdin)) {
    // Without this, a forgotten file name looks like a hang.
    io.stderr.write('reading payloads from standard input; end with Ctrl-D\n');
  }

  const reportError = async (error: ReportError): Promise<void> => {
    errors.push(error);
    if (text) {
      await out.write(errorLine(error));
    }
  };

  for (const source of sourcesOf(options.files, io.stdin, io.cwd)) {
    const counts = { payloads: 0, valid: 0, invalid: 0, errors: 0 };
    const format = await readSource(source, {
      payload: async (entry) => {
        const result = check(entry.value);
        counts.payloads++;
        if (result.ok) {
          counts.valid++;
          return;
        }
        counts.invalid++;
        if (options.summaryOnly) {
          return;
        }
        const rejected = rejectedPayload(source.name, counts.payloads - 1, entry, result);
        if (text) {
          await out.write(payloadLines(rejected, options.maxIssues));
        } else {
          payloads.push(rejected);
        }
      },
      error: async (error) => {
        counts.errors++;
        await reportError({ file: source.name, ...error });
      },
    });
    files.push({
      file: source.name,
      ...(format === undefined ? {} : { format }),
      ok: counts.invalid === 0 && counts.errors === 0,
      ...counts,
    });
  }

  const totals = {
    files: files.length,
    payloads: sum(files, 'payloads'),
    valid: sum(files, 'valid'),
    invalid: sum(files, 'invalid'),
    errors: sum(files, 'errors'),
  };
  const exitCode: ExitCode = totals.errors > 0 ? EXIT_USAGE : totals.invalid > 0 ? EXIT_INVALID : EXIT_OK;
  if (text) {
    await out.write(summaryLine(totals));
  } else {
    const report: ValidationReport = {
      entity: options.entity,
      direction: options.direction,
      ok: exitCode === EXIT_OK,
      exitCode,
      files,
      ...(options.summaryOnly ? {} : { payloads }),
      errors,
      totals,
    };
    await out.write(`${JSON.stringify(report, null, 2)}\n`);
  }
  await out.flush();
  if (options.debugRss) {
    io.stderr.write(`maxRSS ${process.resourceUsage().maxRSS} kB\n`);
  }
  return exitCode;
}

interface EntryHandlers {
  payload(entry: PayloadEntry): Promise<void>;
  error(error: Omit<ReportError, 'file'>): Promise<void>;
}

// Reads one source to its end; returns how it was laid out, or undefined if it never opened.
async function readSource(source: Source, handle: EntryHandlers): Promise<ReportFile['format']> {
  let reading: ReturnType<typeof readEntries>;
  try {
    reading = readEntries(await source.lines(), source.layout);
  } catch (error) {
    const message =
      error instanceof SourceError ? error.message : `cannot read the input: ${describe(error)}`;
    await handle.error({ message });
    return undefined;
  }
  try {
    for await (const entry of reading.entries) {
      if (entry.kind === 'payload') {
        await handle.payload(entry);
      } else {
        await handle.error({ ...entry.position, message: entry.message });
      }
    }
  } catch (error) {
    // A read that fails halfway (a disk error, a vanished network file) ends this input only.
    await handle.error({ message: `cannot read the input: ${describe(error)}` });
  }
  return reading.format();
}

function rejectedPayload(file: string, index: number, entry: PayloadEntry, result: Rejection): ReportPayload {
  const start = entry.locate('');
  return {
    file,
    index,
    line: start.line,
    column: start.column,
    ok: false,
    truncated: result.truncated,
    issues: result.issues.map((issue) => ({ ...issue, ...entry.locate(issue.path) })),
  };
}

function sum(files: readonly ReportFile[], key: 'payloads' | 'valid' | 'invalid' | 'errors'): number {
  return files.reduce((total, file) => total + file[key], 0);
}
