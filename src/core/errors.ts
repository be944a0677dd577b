/**
 * A mistake the user can fix (bad input, bad config, missing file). Entry points report it as an
 * annotation and exit 1 without a stack; anything else that is thrown is a bug and keeps its stack.
 */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;

  constructor(message: string, where: { file?: string; line?: number; column?: number; hint?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
  }
}

/** True for errors the user caused and can fix. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A command line that does not parse: the CLI prints the message and exits 2. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, { hint });
    this.name = 'UsageError';
  }
}
