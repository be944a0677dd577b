/**
 * The runner protocol (inputs, outputs, log commands, the job summary) with @actions/core's exact
 * semantics, without its import cost: @actions/core v3 loads an HTTP client (undici, for OIDC)
 * that adds ~300 ms to every action's start. Tests hold this module to @actions/core's output.
 * See actions/toolkit packages/core/src/{core,command,file-command}.ts.
 */
import { appendFileSync, closeSync, existsSync, openSync, readSync } from 'node:fs';
import { EOL } from 'node:os';
import {
  annotationCommand,
  escapeData,
  escapeProperty,
  type AnnotationProperties,
} from '../../core/report/annotations.js';

export type { AnnotationProperties };

/** The value of input `name` (`INPUT_<NAME>`, spaces as `_`), trimmed; empty when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Sets a step output through the GITHUB_OUTPUT file, as a heredoc with a random delimiter. */
export function setOutput(name: string, value: string | number | boolean): void {
  const text = String(value);
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    // The runner's deprecated stdout form, as @actions/core falls back to it.
    process.stdout.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(text)}${EOL}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomHex()}`;
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error('output contains its delimiter');
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

/**
 * 128 random bits in hex, for heredoc delimiters nobody can guess (so no output value can close its
 * own heredoc). Read from /dev/urandom, the kernel's CSPRNG: importing `node:crypto` for them cost
 * 3.5–4.5 ms of every action's start-up. `node:crypto` is the fallback where there is no /dev/urandom
 * (Windows runners).
 */
export function randomHex(): string {
  const bytes = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    return process.getBuiltinModule('node:crypto').randomBytes(16).toString('hex');
  }
  try {
    if (readSync(fd, bytes, 0, 16, null) !== 16) throw new Error('/dev/urandom gave fewer than 16 bytes');
  } finally {
    closeSync(fd);
  }
  return bytes.toString('hex');
}

/** Masks `secret` in every later line of the log. */
export function setSecret(secret: string): void {
  command('add-mask', secret);
}

/** A line in the log. */
export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** An error annotation. */
export function error(message: string, properties: AnnotationProperties = {}): void {
  process.stdout.write(`${annotationCommand({ level: 'error', message, properties })}${EOL}`);
}

/** A warning annotation. */
export function warning(message: string, properties: AnnotationProperties = {}): void {
  process.stdout.write(`${annotationCommand({ level: 'warning', message, properties })}${EOL}`);
}

/** A notice annotation. */
export function notice(message: string, properties: AnnotationProperties = {}): void {
  process.stdout.write(`${annotationCommand({ level: 'notice', message, properties })}${EOL}`);
}

/** Fails the step: exit code 1 and an error annotation with the message. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); false when the runner gave none. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, `${markdown}${EOL}`, 'utf8');
  return true;
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}
