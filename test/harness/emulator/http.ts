/** The types shared by the emulator's server and its route handlers, and the helpers handlers answer with. */
import type { IncomingHttpHeaders } from 'node:http';
import type { GitRepo } from './git.js';
import type { RenderContext } from './objects.js';
import type { EmulatorState } from './state.js';

/** Who a token speaks for. */
export interface Actor {
  login: string;
  kind: 'installation' | 'personal';
  /** Whether the token may read org teams and memberships (an Actions GITHUB_TOKEN may not). */
  canReadOrg: boolean;
  /** Whether the token may write (a GITHUB_TOKEN of a fork's pull request may not). */
  canWrite: boolean;
}

/** What every handler shares: the state, the bare repository, id allocation and the API root. */
export interface Runtime {
  state: EmulatorState;
  git: GitRepo;
  /** API root, e.g. `http://127.0.0.1:41234`. */
  api: string;
  nextId: () => number;
}

/** One request as a handler sees it: validated parameters, parsed body, the caller. */
export interface HandlerContext {
  operationId: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  raw: Buffer;
  headers: IncomingHttpHeaders;
  actor: Actor;
  rt: Runtime;
  render: RenderContext;
  /** The request URL (absolute, on this emulator). */
  url: URL;
}

/** A handler's answer: a JSON body, or raw bytes. */
export interface Reply {
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Reply | Promise<Reply>;

/** An error answer in GitHub's shape (`basic-error` / `validation-error`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[],
  ) {
    super(message);
  }
}

/** 404 as GitHub answers it. */
export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

/** 422 "Validation Failed" with one error entry, as GitHub answers a bad field. */
export function validationFailed(resource: string, field: string, code: string, message?: string): ApiError {
  return new ApiError(422, 'Validation Failed', [{ resource, field, code, ...(message ? { message } : {}) }]);
}

/** A JSON answer. */
export function json(status: number, body?: unknown): Reply {
  return { status, body };
}

/**
 * A page of `items` as GitHub paginates: `per_page` (default 30, max 100), `page` (from 1) and a
 * `Link` header with next/last/first/prev (RFC 8288), which `octokit.paginate` follows.
 */
export function paginate<T>(ctx: HandlerContext, items: T[], render: (item: T) => unknown): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const body = items.slice((page - 1) * perPage, page * perPage).map(render);
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.url.href);
    url.searchParams.set('page', String(n));
    if (ctx.query.per_page !== undefined) url.searchParams.set('per_page', String(perPage));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} };
}

/** A string option of a JSON body (undefined when absent or not a string). */
export function str(body: unknown, key: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The body as a record (handlers only see bodies the OpenAPI validation accepted). */
export function fields(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
