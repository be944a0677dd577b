/**
 * Reading tags from `for-each-ref --format='%(objectname) %(objecttype) %(raw:size) %(refname:strip=2)%0a%(raw)'`.
 * One atom for the whole tag object (target, tagger, date and message) costs git about as much as
 * reading the date alone, where every extra atom (`%(taggername)`, `%(*objectname)`, …) costs it more
 * per tag; the size prefix frames each object exactly, so messages may hold any byte. The output is
 * parsed as it arrives, while git is still reading the next objects, and a message is decoded only
 * when it is read (a registry of 10,000 tags shows a few dozen).
 */
import type { TagRef } from './git.js';

/** The for-each-ref format the parser reads. */
export const RAW_TAG_FORMAT = '%(objectname) %(objecttype) %(raw:size) %(refname:strip=2)%0a%(raw)';

/** Parses the stream of RAW_TAG_FORMAT records chunk by chunk; `skip(name)` drops a tag unread. */
export class RawTagParser {
  readonly tags: TagRef[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes needed before the next record can be parsed (0: unknown until a header line is complete). */
  private needed = 0;

  constructor(private readonly skip: (name: string) => boolean = () => false) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.needed) return; // a large object still arriving: don't copy it chunk by chunk
    const buffer = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.length);
    const used = this.parse(buffer);
    const rest = buffer.subarray(used);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
  }

  /** The tags read; throws when the stream ended inside a record (git died mid-way). */
  end(): TagRef[] {
    if (this.length) throw new Error(`for-each-ref output ended inside a record (${this.length} bytes left)`);
    return this.tags;
  }

  private parse(buffer: Buffer): number {
    let at = 0;
    this.needed = 0;
    for (;;) {
      const newline = buffer.indexOf(10, at);
      if (newline < 0) return at;
      const s1 = buffer.indexOf(32, at);
      const s2 = s1 < 0 ? -1 : buffer.indexOf(32, s1 + 1);
      const s3 = s2 < 0 ? -1 : buffer.indexOf(32, s2 + 1);
      const size = s3 < 0 || s3 > newline ? NaN : Number(buffer.toString('latin1', s2 + 1, s3));
      if (!Number.isInteger(size) || s3 + 1 >= newline) throw new Error(`unexpected for-each-ref output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
      const start = newline + 1;
      const end = start + size;
      if (buffer.length < end + 1) {
        this.needed = end + 1 - at;
        return at;
      }
      const name = buffer.toString('utf8', s3 + 1, newline);
      if (!this.skip(name)) {
        const object = buffer.toString('latin1', at, s1);
        const annotated = buffer.toString('latin1', s1 + 1, s2) === 'tag';
        this.tags.push(annotated ? parseTagObject(name, object, buffer, start, end) : lightweight(name, object));
      }
      at = end + 1; // for-each-ref ends every record with a newline
    }
  }
}

function lightweight(name: string, object: string): TagRef {
  return { name, commit: object, object, annotated: false, tagger: '', taggerEmail: '', date: '', message: '' };
}

/** An annotated tag read from its object; the message stays bytes until it is read. */
class RawTag implements TagRef {
  readonly annotated = true;
  commit = '';
  tagger = '';
  taggerEmail = '';
  date = '';
  time?: number;
  // The message's place in the chunk it arrived in (offsets, not a view per tag: fewer objects to collect).
  #chunk: Buffer | undefined;
  #start: number;
  #end: number;
  #message: string | undefined;

  constructor(
    readonly name: string,
    readonly object: string,
    chunk: Buffer,
    start: number,
    end: number,
  ) {
    this.#chunk = chunk;
    this.#start = start;
    this.#end = end;
  }

  get message(): string {
    if (this.#message === undefined) {
      this.#message = this.#chunk ? this.#chunk.toString('utf8', this.#start, this.#end) : '';
      this.#chunk = undefined;
    }
    return this.#message;
  }

  toJSON(): TagRef {
    return { ...this, message: this.message };
  }
}

/**
 * A tag object's headers and message (git's tag format: headers, a blank line, the message), from
 * `chunk` between `start` and `end`.
 */
export function parseTagObject(name: string, object: string, chunk: Buffer, start = 0, end = chunk.length): TagRef {
  const found = chunk.indexOf('\n\n', start);
  const split = found < 0 || found >= end ? end : found;
  const tag = new RawTag(name, object, chunk, Math.min(split + 2, end), end);
  const headers = chunk.toString('utf8', start, split);
  if (headers.startsWith('object ')) tag.commit = line(headers, 7);
  const tagger = headers.startsWith('tagger ') ? 0 : headers.indexOf('\ntagger ') + 1;
  if (tagger > 0 || headers.startsWith('tagger ')) readTagger(tag, line(headers, tagger + 7));
  return tag;
}

/** The text from `from` to the end of its line. */
function line(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** `Name <email> 1767225600 +0200`, as git writes identities. */
function readTagger(tag: RawTag, ident: string): void {
  const close = ident.lastIndexOf('> ');
  const open = ident.lastIndexOf('<', close);
  const [seconds = '', tz = ''] = ident.slice(close + 2).split(' ');
  if (close < 0 || open < 0 || !/^\d+$/.test(seconds) || !/^[+-]\d{4}$/.test(tz)) return;
  tag.tagger = ident.slice(0, open).trimEnd();
  tag.taggerEmail = ident.slice(open + 1, close);
  tag.time = Number(seconds) * 1000;
  tag.date = isoStrict(Number(seconds), tz);
}

const days = new Map<number, string>();

/** `%(taggerdate:iso-strict)`: the tagger's local time with its offset (`2026-01-01T12:00:00+02:00`). */
export function isoStrict(epochSeconds: number, tz: string): string {
  const sign = tz.startsWith('-') ? -1 : 1;
  const local = epochSeconds + sign * (Number(tz.slice(1, 3)) * 3600 + Number(tz.slice(3, 5)) * 60);
  const day = Math.floor(local / 86400);
  let date = days.get(day);
  if (date === undefined) {
    const d = new Date(day * 86_400_000);
    if (Number.isNaN(d.getTime())) return '';
    date = d.toISOString().slice(0, 11);
    days.set(day, date);
  }
  const s = local - day * 86400;
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${date}${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${tz.slice(0, 3)}:${tz.slice(3, 5)}`;
}
