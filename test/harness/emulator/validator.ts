/**
 * Matches requests to GitHub's documented operations and validates requests and responses against
 * them with ajv (the extract is OpenAPI 3.0 turned into draft-07 JSON Schema by openapi.ts).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { ApiExtract, OperationSpec } from './openapi.js';

/**
 * ajv-formats (CommonJS: its function is the module's `default` under NodeNext), except that `uri`
 * also accepts "": GitHub documents `""` as the default of uri fields such as a deployment
 * status's `target_url` and `log_url`.
 */
const addFormats = (ajv: Ajv): Ajv =>
  formats
    .default(ajv)
    .addFormat('uri', { type: 'string', validate: (s: string) => s === '' || URL.canParse(s) });

/** Path parameters whose values may contain `/` on GitHub (git refs, file paths, `base...head`). */
const MULTI_SEGMENT = new Set(['ref', 'path', 'basehead']);

/** The outcome of matching a request line. */
export type Match =
  { kind: 'operation'; operationId: string; params: Record<string, string> } | { kind: 'undocumented' };

interface Route {
  method: string;
  operationId: string;
  regex: RegExp;
  names: string[];
  literal: number;
  multi: number;
}

/** Request matching and validation over one extract. */
export class ApiValidator {
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly coercing: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly api: ApiExtract) {
    this.routes = api.index.map(([method, template, operationId]) => route(method, template, operationId));
    // Most specific first: `/commits/{ref}/status` beats `/commits/{ref}` for `/commits/abc/status`.
    this.routes.sort((a, b) => b.literal - a.literal || a.multi - b.multi);
    const shared = { $id: 'gh', definitions: api.schemas };
    this.ajv = addFormats(new Ajv({ strict: false, allErrors: true, logger: false }));
    this.ajv.addSchema(shared);
    this.coercing = addFormats(
      new Ajv({ strict: false, allErrors: true, coerceTypes: 'array', logger: false }),
    );
    this.coercing.addSchema(shared);
  }

  /** The documented operation a method and raw path (no query) belong to. */
  match(method: string, rawPath: string): Match {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.regex.exec(rawPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1] ?? '')));
      return { kind: 'operation', operationId: r.operationId, params };
    }
    return { kind: 'undocumented' };
  }

  /** Problems with path/query parameters and body; `query` is coerced in place to the documented types. */
  validateRequest(
    op: OperationSpec,
    params: Record<string, unknown>,
    query: Record<string, unknown>,
    body: unknown,
  ): string[] {
    const problems: string[] = [];
    const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of Object.keys(query))
      if (!known.has(name)) problems.push(`query parameter '${name}' is not documented`);
    for (const where of ['path', 'query'] as const) {
      const values = where === 'path' ? params : query;
      const specs = op.params.filter((p) => p.in === where);
      const schema = {
        type: 'object',
        properties: Object.fromEntries(specs.map((p) => [p.name, p.schema])),
        required: specs.filter((p) => p.required).map((p) => p.name),
      };
      const check = this.compile(`${op.operationId}:${where}`, schema, this.coercing);
      if (!check(values)) problems.push(...describe(check.errors, `${where} parameters`));
    }
    if (op.body && body !== undefined) {
      const check = this.compile(`${op.operationId}:body`, op.body, this.ajv);
      if (!check(body)) problems.push(...describe(check.errors, 'body'));
      problems.push(...unknownProperties(op.body, body));
    } else if (op.body && op.bodyRequired) problems.push('body is required');
    return problems;
  }

  /** Problems with a response the emulator is about to send. */
  validateResponse(op: OperationSpec, status: number, body: unknown): string[] {
    const documented = op.responses[String(status)];
    if (!documented) {
      // GitHub answers these on any operation although few operations list them.
      if (GENERIC_STATUSES.has(status) || status >= 500)
        return isError(body) ? [] : [`${status} body is not an error`];
      return [`status ${status} is not documented for ${op.operationId}`];
    }
    if (!documented.schema || body === undefined) return [];
    const check = this.compile(`${op.operationId}:${status}`, documented.schema, this.ajv);
    return check(body) ? [] : describe(check.errors, `response ${status}`);
  }

  private compile(key: string, schema: object, ajv: Ajv): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) this.cache.set(key, (fn = ajv.compile(schema)));
    return fn;
  }
}

const GENERIC_STATUSES = new Set([401, 403, 404, 409, 422, 429]);

function isError(body: unknown): boolean {
  return !!body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string';
}

function route(method: string, template: string, operationId: string): Route {
  const names: string[] = [];
  let literal = 0;
  let multi = 0;
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (!param) {
        literal += 1;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(param[1] as string);
      if (MULTI_SEGMENT.has(param[1] as string)) {
        multi += 1;
        return '(.+?)';
      }
      return '([^/]+)';
    })
    .join('/');
  return { method, operationId, regex: new RegExp(`^${source}/?$`), names, literal, multi };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${extra(e)}`);
}

function extra(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (p.allowedValues) return ` (${JSON.stringify(p.allowedValues)})`;
  if (p.additionalProperty) return ` ('${String(p.additionalProperty)}')`;
  return '';
}

/** GitHub ignores unknown body keys; a test should not: they are usually typos in our code. */
function unknownProperties(schema: Record<string, unknown>, body: unknown): string[] {
  const props = schema.properties as Record<string, unknown> | undefined;
  if (!props || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((key) => !(key in props))
    .map((key) => `body property '${key}' is not documented`);
}
