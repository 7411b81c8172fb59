import type { ReportError, ReportPayload, ReportTotals } from './report.js';

/**
 * The text lines of a rejected payload: one per issue, as `file:line:column pointer [rule]
 * message`, the way compilers print, so editors and terminals can jump to the place.
 */
export function payloadLines(payload: ReportPayload, maxIssues: number | undefined): string {
  let text = '';
  for (const issue of payload.issues) {
    text += `${payload.file}:${issue.line}:${issue.column} ${issue.path === '' ? '(root)' : issue.path} [${issue.rule}] ${issue.message}\n`;
  }
  if (payload.truncated) {
    const option = maxIssues === undefined ? '--max-issues' : `--max-issues above ${maxIssues}`;
    text += `${payload.file}:${payload.line}:${payload.column} (more issues left out; raise ${option})\n`;
  }
  return text;
}

/** The text line of an input that could not be read. */
export function errorLine(error: ReportError): string {
  const place = error.line === undefined ? error.file : `${error.file}:${error.line}:${error.column}`;
  return `${place} error: ${error.message}\n`;
}

/** The closing line, such as `12 payloads, 10 valid, 2 invalid`. */
export function summaryLine(totals: ReportTotals): string {
  const payloads = `${totals.payloads} payload${totals.payloads === 1 ? '' : 's'}`;
  const unreadable = totals.errors === 0 ? '' : `, ${totals.errors} unreadable`;
  return `${payloads}, ${totals.valid} valid, ${totals.invalid} invalid${unreadable}\n`;
}
