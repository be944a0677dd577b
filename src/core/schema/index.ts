/** JSON Schema validation with findings on exact YAML lines; see validate.ts. */
export { validateAgainstSchema, compileSchema, type ValidateOptions } from './validate.js';
export { formatPath, pointerToPath } from './path.js';
export { editDistance, suggest } from './suggest.js';
export { pruneInvalid } from './prune.js';
