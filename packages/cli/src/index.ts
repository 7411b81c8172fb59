export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
export type { CliIo } from './io.js';
export { main } from './main.js';
export { type Fixtures, type MockOptions, runMock } from './mock/run.js';
export { runSchemas, type SchemasOptions } from './schemas/run.js';
export { UsageError } from './usage-error.js';
export type { InputFormat } from './validate/read.js';
export type {
  ReportError,
  ReportFile,
  ReportIssue,
  ReportPayload,
  ReportTotals,
  ValidationReport,
} from './validate/report.js';
export { runValidate, type ValidateOptions } from './validate/run.js';
