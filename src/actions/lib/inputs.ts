/**
 * The one place where actions read their inputs (`INPUT_*`, as the runner sets them), with types.
 * A bad value is a UserError naming the input and what was expected, never a TypeError.
 */
import path from 'node:path';
import * as core from './runner.js';
import { isUserError, UserError } from '../../core/errors.js';
import { insideRoot } from '../../adapters/fs/inside.js';

/** A string input; `fallback` when empty. Required inputs that are empty are a UserError. */
export function stringInput(name: string, options: { required?: boolean; fallback?: string } = {}): string {
  const value = core.getInput(name);
  if (value) return value;
  if (options.required)
    throw new UserError(`input '${name}' is required`, { hint: `set \`with: ${name}: …\` on the step` });
  return options.fallback ?? '';
}

/** A secret input (a token): read like a string and masked in every later log line. */
export function secretInput(name: string, options: { required?: boolean } = {}): string {
  const value = stringInput(name, options);
  if (value) core.setSecret(value);
  return value;
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const truthy = ['true', 'True', 'TRUE'];
const falsy = ['false', 'False', 'FALSE'];

/** A boolean input: `true`/`false` in YAML 1.2 core spelling; `fallback` when empty. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (!value) return fallback;
  if (truthy.includes(value)) return true;
  if (falsy.includes(value)) return false;
  throw new UserError(`input '${name}' must be true or false, got '${value}'`, {
    hint: `use \`${name}: true\` or \`${name}: false\``,
  });
}

/** One of a fixed set of words; `fallback` when empty. */
export function enumInput<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const value = core.getInput(name);
  if (!value) return fallback;
  const match = values.find((v) => v === value.toLowerCase());
  if (match) return match;
  throw new UserError(`input '${name}' must be one of ${values.join(', ')}, got '${value}'`, {
    hint: `use \`${name}: ${fallback}\` (the default) or another of: ${values.join(', ')}`,
  });
}

/** A list given one item per line or separated by commas; empty items dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Repository-relative paths (a list input), normalised with forward slashes. A path that leaves
 * the workspace is a UserError: nothing outside the repository is read because an input said so.
 */
export function pathsInput(name: string, workspace: string): string[] {
  return listInput(name).map((p) => insideWorkspace(name, p, workspace));
}

/** One repository-relative path input, or `fallback` when empty. */
export function pathInput(name: string, workspace: string, fallback: string): string {
  return insideWorkspace(name, stringInput(name, { fallback }), workspace);
}

function insideWorkspace(name: string, value: string, workspace: string): string {
  const root = path.resolve(workspace);
  let resolved: string;
  try {
    resolved = insideRoot(root, value); // also refuses a symlink that leads out of the workspace
  } catch (error) {
    if (!isUserError(error)) throw error;
    throw new UserError(`input '${name}': '${value}' is outside the repository`, {
      hint: 'give a path relative to the repository root',
    });
  }
  return path.relative(root, resolved).split(path.sep).join('/') || '.';
}
