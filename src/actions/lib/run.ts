/**
 * The wrapper every action entry point runs in. A UserError becomes an annotation on the file and
 * line it names and exit 1 without a stack; anything else is a bug: "this is a bug", the stack in
 * the log, exit 1 (codeql-action keeps the two apart the same way).
 */
import * as core from './runner.js';
import { isUserError, type UserError } from '../../core/errors.js';

/** The performance mark set when the action body starts (the bench exits there to time start-up). */
export const ACTION_START_MARK = 'mlops:action-start';

/** Runs an action body; never throws, sets the exit code. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  // The end of the cold start (every module loaded): what `npm run bench` times (scripts/bench.mjs).
  performance.mark(ACTION_START_MARK);
  try {
    await body();
  } catch (error) {
    if (isUserError(error)) failWithUserError(error);
    else failWithBug(error);
  }
}

function failWithUserError(error: UserError): void {
  const message = error.hint ? `${error.message}\nhint: ${error.hint}` : error.message;
  if (!error.file) {
    core.setFailed(message);
    return;
  }
  // setFailed would add a second annotation without the location: annotate once, then fail.
  core.error(message, {
    title: 'mlops',
    file: error.file,
    startLine: error.line,
    startColumn: error.line ? error.column : undefined,
  });
  process.exitCode = 1;
}

function failWithBug(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`${message}: this is a bug in gitops-mlops, please report it (the stack is in the log)`);
  core.info(error instanceof Error && error.stack ? error.stack : String(error));
}
