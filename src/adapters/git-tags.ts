/**
 * Reading tags: `for-each-ref` lists names and object ids (no object read, so it streams at once) and
 * hands each id to one `cat-file --batch`, which streams the objects back in that order, framed by
 * their size (messages may hold any byte). A single `for-each-ref` with the object fields would read
 * and sort every object before printing the first line (about half its time on 10,000 tags, with
 * this side idle); here the objects are parsed as they arrive, while git reads the next ones, and a
 * message is decoded only when it is read (a registry of 10,000 tags shows a few dozen).
 */
import type { TagRef } from './git.js';

/** Parses `cat-file --batch='%(objectname) %(objecttype) %(objectsize) %(rest)'` output chunk by chunk (the rest is the tag name). */
export class RawTagParser {
  readonly tags: TagRef[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes needed before the next record can be parsed (0: unknown until a header line is complete). */
  private needed = 0;

  constructor(
    /** Tags to drop (git has read them; they are not decoded). */
    private readonly skip: (name: string) => boolean = () => false,
    /** Called with each tag as it is read, while git still reads the next ones. */
    private readonly each: (tag: TagRef) => void = () => {},
  ) {}

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
    if (this.length) throw new Error(`cat-file output ended inside a record (${this.length} bytes left)`);
    return this.tags;
  }

  private parse(buffer: Buffer): number {
    let at = 0;
    this.needed = 0;
    for (;;) {
      const newline = buffer.indexOf(10, at);
      if (newline < 0) return at;
      // `<id> <type> <size> <name>`, or `<id> missing` for an object gone since the listing (a concurrent gc).
      const s1 = buffer.indexOf(32, at);
      const s2 = s1 < 0 || s1 > newline ? -1 : buffer.indexOf(32, s1 + 1);
      const s3 = s2 < 0 || s2 > newline ? -1 : buffer.indexOf(32, s2 + 1);
      if (s3 < 0 || s3 > newline) {
        if (s1 > 0 && s1 < newline && buffer.toString('latin1', s1 + 1, newline) === 'missing') {
          at = newline + 1;
          continue;
        }
        throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
      }
      const size = digits(buffer, s2 + 1, s3);
      if (size < 0) throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
      const start = newline + 1;
      const end = start + size;
      if (buffer.length < end + 1) {
        this.needed = end + 1 - at;
        return at;
      }
      const name = buffer.toString('utf8', s3 + 1, newline);
      if (!this.skip(name)) {
        const annotated = s2 - s1 === 4 && buffer[s1 + 1] === 116 && buffer[s1 + 2] === 97 && buffer[s1 + 3] === 103; // "tag"
        const tag = annotated ? parseTagObject(name, buffer, { record: at, objectEnd: s1, start, end }) : lightweight(name, buffer.toString('latin1', at, s1));
        this.tags.push(tag);
        this.each(tag);
      }
      at = end + 1; // cat-file ends every object with a newline
    }
  }
}

/** The decimal number in `buffer` from `from` to `to`, or -1 when it is not one. */
function digits(buffer: Buffer, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = (buffer[i] ?? 0) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function lightweight(name: string, object: string): TagRef {
  return { name, commit: object, object, annotated: false, tagger: '', taggerEmail: '', date: '', message: '' };
}

const TAGGER_LINE = Buffer.from('\ntagger ');
const BLANK_LINE = Buffer.from('\n\n');
const OBJECT = Buffer.from('object ');
const TAGGER = Buffer.from('tagger ');

/** True when `chunk` holds `word` at `at`, before `limit` (no string made for the comparison). */
function startsAt(chunk: Buffer, at: number, limit: number, word: Buffer): boolean {
  if (at + word.length > limit) return false;
  for (let i = 0; i < word.length; i++) if (chunk[at + i] !== word[i]) return false;
  return true;
}

/**
 * An annotated tag read from its object. Only what every reader needs is decoded at once (name, target,
 * time); the rest stays bytes in the chunk it arrived in (offsets, not a view per tag) until it is read:
 * 10,000 tags decoded in full were half the time of `registry show`, most of it collecting garbage.
 */
class RawTag implements TagRef {
  readonly annotated = true;
  readonly commit: string;
  readonly time: number | undefined;
  #chunk: Buffer;
  #record: number;
  #objectEnd: number;
  #ident: number;
  #identEnd: number;
  #body: number;
  #end: number;
  #identity?: { tagger: string; taggerEmail: string; date: string };
  #message?: string;

  constructor(
    readonly name: string,
    chunk: Buffer,
    offsets: { record: number; objectEnd: number; start: number; end: number },
  ) {
    const { record, objectEnd, start, end } = offsets;
    this.#chunk = chunk;
    this.#record = record;
    this.#objectEnd = objectEnd;
    this.#end = end;
    const blank = chunk.indexOf(BLANK_LINE, start);
    const split = blank < 0 || blank >= end ? end : blank;
    this.#body = Math.min(split + 2, end);
    const objectLine = startsAt(chunk, start, split, OBJECT) ? start + OBJECT.length : -1;
    this.commit = objectLine < 0 ? '' : chunk.toString('latin1', objectLine, lineEnd(chunk, objectLine, split));
    const first = startsAt(chunk, start, split, TAGGER) ? start + TAGGER.length : -1;
    const found = first >= 0 ? first - TAGGER_LINE.length : chunk.indexOf(TAGGER_LINE, start);
    this.#ident = found < 0 || found >= split ? -1 : found + TAGGER_LINE.length;
    this.#identEnd = this.#ident < 0 ? -1 : lineEnd(chunk, this.#ident, split);
    this.time = this.#ident < 0 ? undefined : identSeconds(chunk, this.#ident, this.#identEnd);
    if (this.time === undefined) this.#ident = -1;
    else this.time *= 1000;
  }

  get object(): string {
    return this.#chunk.toString('latin1', this.#record, this.#objectEnd);
  }

  get tagger(): string {
    return this.#identityRead().tagger;
  }

  get taggerEmail(): string {
    return this.#identityRead().taggerEmail;
  }

  get date(): string {
    return this.#identityRead().date;
  }

  get message(): string {
    return (this.#message ??= this.#chunk.toString('utf8', this.#body, this.#end));
  }

  toJSON(): TagRef {
    const { name, commit, object, annotated, tagger, taggerEmail, date, time, message } = this;
    return { name, commit, object, annotated, tagger, taggerEmail, date, time, message };
  }

  #identityRead(): { tagger: string; taggerEmail: string; date: string } {
    // A tagger line whose time could not be read counts as none (time is undefined exactly then).
    return (this.#identity ??= this.time === undefined ? NO_IDENTITY : identity(this.#chunk.toString('utf8', this.#ident, this.#identEnd), this.time / 1000));
  }
}

function lineEnd(chunk: Buffer, from: number, limit: number): number {
  const end = chunk.indexOf(10, from);
  return end < 0 || end > limit ? limit : end;
}

/** The seconds of an identity line `Name <email> 1767225600 +0200` read from its bytes; undefined when malformed. */
function identSeconds(chunk: Buffer, from: number, end: number): number | undefined {
  const tz = end - 5;
  if (tz - 2 < from || chunk[tz - 1] !== 32 || (chunk[tz] !== 43 && chunk[tz] !== 45)) return undefined;
  const space = chunk.lastIndexOf(32, tz - 2);
  if (space <= from || chunk[space - 1] !== 62) return undefined; // '>' closes the e-mail
  const seconds = digits(chunk, space + 1, tz - 1);
  return seconds < 0 ? undefined : seconds;
}

const NO_IDENTITY = Object.freeze({ tagger: '', taggerEmail: '', date: '' });

/** Name, e-mail and `%(taggerdate:iso-strict)` of an identity line whose seconds identSeconds read. */
function identity(ident: string, seconds: number): { tagger: string; taggerEmail: string; date: string } {
  const close = ident.lastIndexOf('> ');
  const open = ident.lastIndexOf('<', close);
  if (close < 0 || open < 0) return NO_IDENTITY;
  return { tagger: ident.slice(0, open).trimEnd(), taggerEmail: ident.slice(open + 1, close), date: isoStrict(seconds, ident.slice(-5)) };
}

/**
 * A tag object's headers and message (git's tag format: headers, a blank line, the message), from
 * `chunk` between `start` and `end`; `record` and `objectEnd` frame the tag object's sha.
 */
export function parseTagObject(name: string, chunk: Buffer, offsets: { record: number; objectEnd: number; start: number; end: number }): TagRef {
  return new RawTag(name, chunk, offsets);
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
