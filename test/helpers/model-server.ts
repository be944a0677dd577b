/**
 * A local model server for deployment tests: slots (primary, canary, blue, green, shadow, b) each
 * run a version with a traffic share, set by the deploy script through `POST /admin/apply`. A
 * version can be told to fail its health checks (from a traffic share up), to be slow, or to
 * predict differently, so each deployment story can be played for real over HTTP.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlotState {
  version: string;
  traffic: number;
}

export interface ModelServer {
  url: string;
  slots: Record<string, SlotState>;
  /** Every apply call in order: `action slot version traffic`. */
  applied: string[];
  /** Health of `version` fails (HTTP 503) once its slot's traffic is at least `fromTraffic`. */
  failVersion(version: string, fromTraffic?: number): void;
  /** Answers of `version` are delayed by `ms`. */
  slowVersion(version: string, ms: number): void;
  /** Predictions of `version` are offset by `shift` (a shadow that disagrees). */
  shiftVersion(version: string, shift: number): void;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

/** Starts the server on a free loopback port. */
export async function startModelServer(initial: Record<string, SlotState> = {}): Promise<ModelServer> {
  const slots: Record<string, SlotState> = { ...initial };
  const applied: string[] = [];
  const failing = new Map<string, number>();
  const slow = new Map<string, number>();
  const shifted = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, first, second] = url.pathname.split('/');
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (first === 'admin' && second === 'apply' && req.method === 'POST') {
      const q = url.searchParams;
      const action = q.get('action') ?? '';
      const slot = q.get('slot') ?? '';
      const version = q.get('version') ?? '';
      const traffic = Number(q.get('traffic') ?? '0');
      applied.push(`${action} ${slot} ${version} ${traffic}`);
      if (action === 'retire') delete slots[slot];
      else if (action === 'switch') {
        for (const s of Object.keys(slots)) if (s !== slot) slots[s]!.traffic = 0;
        slots[slot] = { version, traffic: 100 };
        if (slot === 'primary') delete slots.canary;
      } else slots[slot] = { version, traffic };
      return send(200, { ok: true });
    }
    const state = first ? slots[first] : undefined;
    if (!state) return send(404, { error: `no slot ${first}` });
    const delay = slow.get(state.version) ?? 0;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (second === 'health') {
      const from = failing.get(state.version);
      if (from !== undefined && state.traffic >= from) return send(503, { status: 'unhealthy', version: state.version });
      return send(200, { status: 'ok', version: state.version });
    }
    if (second === 'predict' && req.method === 'POST') {
      const input = JSON.parse((await body(req)) || '{}') as { tenure_months?: number };
      const score = Math.round(((input.tenure_months ?? 0) % 7) + (shifted.get(state.version) ?? 0));
      return send(200, { prediction: score, version: state.version });
    }
    return send(404, { error: 'unknown path' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    slots,
    applied,
    failVersion: (v, from = 0) => failing.set(v, from),
    slowVersion: (v, ms) => slow.set(v, ms),
    shiftVersion: (v, shift) => shifted.set(v, shift),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
