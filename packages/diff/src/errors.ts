/** Stable codes of {@link DiffInputError}, for a CLI to map to an exit status or a message. */
export type DiffInputErrorCode =
  | 'not-found'
  | 'not-a-folder'
  | 'no-documents'
  | 'malformed-json'
  | 'not-a-schema'
  | 'git-failed'
  | 'unknown-ref'
  | 'invalid-argument';

/**
 * Input the diff cannot read: a missing folder, malformed JSON, an unknown git ref. The message
 * names the input and says what to do; `code` is stable.
 */
export class DiffInputError extends Error {
  readonly code: DiffInputErrorCode;

  constructor(code: DiffInputErrorCode, message: string) {
    super(message);
    this.name = 'DiffInputError';
    this.code = code;
  }
}
