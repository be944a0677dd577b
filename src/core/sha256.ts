/**
 * SHA-256 with `node:crypto` loaded on first use. Importing `node:crypto` costs 3.5–4.5 ms of a
 * process's start-up (Node 24, measured with scripts/bench.mjs "cold start"), and many runs of an
 * action or command digest nothing: they no longer pay for it before their first line runs.
 */
import type { Hash } from 'node:crypto';

/** A fresh SHA-256 hash (update it, then `digest('hex')`). */
export function sha256(): Hash {
  return process.getBuiltinModule('node:crypto').createHash('sha256');
}

/** SHA-256 hex of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return sha256().update(data).digest('hex');
}
