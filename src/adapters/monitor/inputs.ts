/** Monitoring inputs as local files: repository paths as they are, http(s) URLs downloaded once into a temp folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import type { LocalFile } from './measure.js';

/** The local file for a path or URL; a URL's query string (often a token) is never shown. */
export async function localInput(root: string, value: string, tempDir: string, fetcher: typeof fetch = fetch): Promise<LocalFile> {
  if (!/^https?:\/\//i.test(value)) return { path: path.resolve(root, value), display: value.replaceAll('\\', '/') };
  const url = new URL(value);
  const display = `${url.origin}${url.pathname}`;
  let response: Response;
  try {
    response = await fetcher(value, { signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new UserError(`cannot download ${display}: ${(error as Error).message}`, { hint: 'check the URL and that the runner can reach it' });
  }
  if (!response.ok) throw new UserError(`cannot download ${display}: HTTP ${response.status}`, { hint: 'check the URL (and its credentials)' });
  await mkdir(tempDir, { recursive: true });
  const name = path.basename(url.pathname) || 'download';
  const file = path.join(tempDir, `${Date.now().toString(36)}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return { path: file, display };
}
