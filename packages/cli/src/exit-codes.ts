/** Every payload was valid (or, for `mock` and `schemas`, the command did its job). */
export const EXIT_OK = 0;
/** At least one payload broke the contract. */
export const EXIT_INVALID = 1;
/** Bad usage, or an input that could not be read (missing file, malformed JSON). Wins over 1. */
export const EXIT_USAGE = 2;

/** What a command returns; the bin hands it to the process. */
export type ExitCode = typeof EXIT_OK | typeof EXIT_INVALID | typeof EXIT_USAGE;
