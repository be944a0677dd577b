/** JSON Schema validation with findings on exact YAML lines; see validate.ts. */
// Importing the package entry brings the run-time compiler (ajv) for schemas not precompiled.
import './runtime.js';
export { validateAgainstSchema, compileSchema, type ValidateOptions } from './validate.js';
export { formatPath, pointerToPath } from './path.js';
export { editDistance, suggest } from './suggest.js';
export { pruneInvalid } from './prune.js';
