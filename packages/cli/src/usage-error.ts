/**
 * A mistake in how the command was called. `main` prints it as one `error:` line and one
 * `hint:` line and exits with 2; it never reaches the user as a stack trace.
 */
export class UsageError extends Error {
  /** What to do about it, printed after `hint:`. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** The two lines a usage error is printed as, each ending in a newline. */
export function formatUsageError(message: string, hint: string): string {
  return `error: ${message}\nhint: ${hint}\n`;
}
