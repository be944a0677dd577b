/** JSON paths as ajv reports them (JSON Pointer) and as people read them (`models[0].risk`). */
import type { JsonPath } from '../yaml/locate.js';

/** Splits an ajv instancePath (a JSON Pointer) into keys and array indexes. */
export function pointerToPath(pointer: string, value: unknown): JsonPath {
  if (!pointer) return [];
  const path: Array<string | number> = [];
  let node: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
  }
  return path;
}

/** `models[0].risk`, `promotion.production.approvals`; empty for the document itself. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[\w-]+$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
