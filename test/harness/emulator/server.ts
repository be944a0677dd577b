/**
 * The emulator's HTTP server: authenticates like GitHub, applies injected faults, matches each
 * request to a documented operation, validates it, runs the handler and validates the answer.
 * Anything off-contract is answered with an error AND recorded as a violation.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApiError, type Actor, type Handler, type HandlerContext, type Reply, type Runtime } from './http.js';
import type { ApiValidator } from './validator.js';

/** One injected fault; see `Emulator.inject`. */
export interface FaultRule {
  method?: string;
  path?: RegExp;
  kind: '5xx' | '429' | 'secondary' | 'slow' | 'reset';
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** Seconds a client is told to wait (rate limits; default 1). */
  retryAfter?: number;
  /** Delay of a `slow` answer in ms (default 1500). */
  delayMs?: number;
  /** Status of a `5xx` (default 502) or of a primary rate limit (`429` default, or 403). */
  status?: number;
}

/** One request as the emulator saw it. */
export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  /** 0 when the connection was reset. */
  status: number;
  fault: FaultRule['kind'] | null;
  actor: string | null;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
}

/** A request or response that left GitHub's documented contract. */
export interface Violation {
  kind: 'undocumented' | 'unimplemented' | 'request' | 'response';
  method: string;
  path: string;
  operationId: string | null;
  problems: string[];
}

export interface ServerDeps {
  rt: Runtime;
  validator: ApiValidator;
  handlers: Record<string, Handler>;
  tokens: Map<string, Actor>;
  faults: FaultRule[];
  requests: RequestLogEntry[];
  violations: Violation[];
  /** Non-API routes (browser downloads), answered before authentication. */
  extra: (path: string) => Promise<Reply | null>;
}

const DOCS = 'https://docs.github.com/rest';

/** Starts listening on 127.0.0.1 at a free port. */
export async function listen(deps: ServerDeps): Promise<Server> {
  const server = createServer((req, res) => {
    void serve(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, {
          status: 500,
          body: { message: `emulator bug: ${String(error)}`, documentation_url: DOCS },
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function serve(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', deps.rt.api);
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readBody(req);
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    query: url.search,
    operationId: null,
    status: 0,
    fault: null,
    actor: null,
  };
  deps.requests.push(entry);
  const fault = takeFault(deps.faults, method, url.pathname);
  if (fault) {
    entry.fault = fault.kind;
    if (fault.kind === 'reset') return void req.socket.destroy();
    if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1500));
    else return finish(res, entry, faultReply(fault));
  }
  const extra = method === 'GET' ? await deps.extra(url.pathname) : null;
  if (extra) return finish(res, entry, extra);
  const match = deps.validator.match(method, url.pathname);
  const violation = (kind: Violation['kind'], problems: string[], operationId: string | null): void =>
    void deps.violations.push({ kind, method, path: url.pathname, operationId, problems });
  if (match.kind === 'undocumented') {
    violation(
      'undocumented',
      [`no operation in GitHub's OpenAPI description matches ${method} ${url.pathname}`],
      null,
    );
    return finish(res, entry, errorReply(new ApiError(404, 'Not Found')));
  }
  entry.operationId = match.operationId;
  const actor = authenticate(deps.tokens, req.headers.authorization);
  if (!actor.ok) return finish(res, entry, errorReply(new ApiError(401, actor.message)));
  entry.actor = actor.actor.login;
  const op = deps.validator.api.operations[match.operationId];
  const handler = deps.handlers[match.operationId];
  if (!op || !handler) {
    violation('unimplemented', [`the emulator does not implement ${match.operationId}`], match.operationId);
    return finish(res, entry, {
      status: 501,
      body: { message: `emulator: ${match.operationId} not implemented` },
    });
  }
  const query: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const body = parseBody(raw, req.headers['content-type'], op.body !== undefined);
  if (body !== undefined) entry.body = body;
  if (!actor.actor.canWrite && method !== 'GET') {
    return finish(res, entry, errorReply(new ApiError(403, 'Resource not accessible by integration')));
  }
  const problems = deps.validator.validateRequest(op, { ...match.params }, query, body);
  if (problems.length) {
    violation('request', problems, op.operationId);
    return finish(res, entry, errorReply(new ApiError(422, `Invalid request.\n\n${problems.join('\n')}`)));
  }
  const ctx: HandlerContext = {
    operationId: op.operationId,
    params: match.params,
    query,
    body,
    raw,
    headers: req.headers,
    actor: actor.actor,
    rt: deps.rt,
    render: { api: deps.rt.api, state: deps.rt.state },
    url,
  };
  const reply = await Promise.resolve()
    .then(() => handler(ctx))
    .catch((error: unknown) => {
      if (error instanceof ApiError) return errorReply(error);
      throw error;
    });
  if (!reply.raw) {
    const bad = deps.validator.validateResponse(op, reply.status, reply.body);
    if (bad.length) violation('response', bad, op.operationId);
  }
  finish(res, entry, reply);
}

function finish(res: ServerResponse, entry: RequestLogEntry, reply: Reply): void {
  entry.status = reply.status;
  send(res, reply);
}

function send(res: ServerResponse, reply: Reply): void {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const headers: Record<string, string> = {
    'x-github-request-id': `EMU:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-resource': 'core',
    ...reply.headers,
  };
  if (reply.raw) {
    headers['content-type'] ??= 'application/octet-stream';
    res.writeHead(reply.status, headers).end(reply.raw);
  } else if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
  } else {
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  }
}

/** GitHub's error body: `{message, documentation_url, errors?, status}`. */
export function errorReply(error: ApiError): Reply {
  return {
    status: error.status,
    body: {
      message: error.message,
      documentation_url: DOCS,
      ...(error.errors ? { errors: error.errors } : {}),
      status: String(error.status),
    },
  };
}

function authenticate(
  tokens: Map<string, Actor>,
  header: string | undefined,
): { ok: true; actor: Actor } | { ok: false; message: string } {
  if (!header) return { ok: false, message: 'Requires authentication' };
  const token = header.replace(/^(token|bearer)\s+/i, '');
  const actor = tokens.get(token);
  return actor ? { ok: true, actor } : { ok: false, message: 'Bad credentials' };
}

function takeFault(faults: FaultRule[], method: string, path: string): FaultRule | null {
  const rule = faults.find(
    (f) =>
      (f.times ?? 1) > 0 &&
      (!f.method || f.method.toUpperCase() === method) &&
      (!f.path || f.path.test(path)),
  );
  if (!rule) return null;
  rule.times = (rule.times ?? 1) - 1;
  return rule;
}

/** The answers GitHub gives when overloaded or rate limited (docs: rate limits for the REST API). */
function faultReply(fault: FaultRule): Reply {
  const wait = fault.retryAfter ?? 1;
  if (fault.kind === '5xx') return { status: fault.status ?? 502, body: { message: 'Server Error' } };
  if (fault.kind === 'secondary') {
    return {
      status: 403,
      headers: { 'retry-after': String(wait) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMU:0001.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    };
  }
  // Primary limit: the client waits until x-ratelimit-reset (+1 s, octokit's margin), so the reset
  // is set `wait - 1` seconds ahead to make the client wait about `wait` seconds.
  const reset = Math.floor(Date.now() / 1000) + Math.max(wait - 1, 0);
  return {
    status: fault.status ?? 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies are parsed; uploads stay raw. Unparseable JSON is kept as text so validation names it. */
function parseBody(raw: Buffer, contentType: string | undefined, expectsJson: boolean): unknown {
  if (!raw.length) return undefined;
  if (!expectsJson && !/json/.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return raw.toString('utf8');
  }
}
