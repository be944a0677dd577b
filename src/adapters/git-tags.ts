/**
 * Reading tags: a listing (src/adapters/tag-listing.ts) hands each tag's id to one `cat-file --batch`,
 * which writes the objects back in that order, framed by their size (messages may hold any byte). A
 * single `for-each-ref` with the object fields would read and sort every object before printing the
 * first line (about half its time on 10,000 tags, with this side idle); here the objects are parsed as
 * they arrive, while git reads the next ones, and a message is decoded only when it is read (a
 * registry of 10,000 tags shows a few dozen).
 */
import { isAscii } from 'node:buffer';
import type { TagRef } from './git.js';
import type { SpoolReader } from './tag-listing.js';

/**
 * Parses `cat-file --batch='%(objectname) %(objecttype) %(objectsize) %(rest)'` output piece by piece
 * (the rest is the tag's ref name, `refs/tags/` dropped), as readSpool hands it over: each piece starts
 * where the last complete record ended, so an incomplete record comes again with the bytes after it.
 */
export class RawTagParser implements SpoolReader {
  readonly tags: TagRef[] = [];
  /** Bytes the next record needs before it can be parsed (0: unknown until its header line is complete). */
  needed = 0;

  constructor(
    /** Tags to drop (git has read them; they are not decoded). */
    private readonly skip: (name: string) => boolean = () => false,
    /** Called with each tag as it is read, while git still reads the next ones. */
    private readonly each: (tag: TagRef) => void = () => {},
  ) {}

  /** The tags read; throws when the output ended inside a record (git died mid-way): `unread` bytes were left. */
  end(unread: number): TagRef[] {
    if (unread) throw new Error(`cat-file output ended inside a record (${unread} bytes left)`);
    return this.tags;
  }

  /** Parses the complete records at the start of `buffer`; returns the bytes they take. */
  read(buffer: Buffer): number {
    // The chunk as one string, byte for byte (latin1): every search below runs inside V8, where a call
    // into Buffer's C++ per field cost more than the search, and ids, times and ASCII names are cut from
    // it without decoding. Text that may hold other bytes is decoded from the buffer as UTF-8.
    const text = buffer.toString('latin1');
    const ascii = isAscii(buffer);
    const chunk: Chunk = { buffer, text, ascii };
    let at = 0;
    this.needed = 0;
    for (;;) {
      const newline = text.indexOf('\n', at);
      if (newline < 0) return at;
      // `<id> <type> <size> <name>`, or `<id> missing` for an object gone since the listing (a concurrent gc).
      const s1 = text.indexOf(' ', at);
      const s2 = s1 < 0 || s1 > newline ? -1 : text.indexOf(' ', s1 + 1);
      const s3 = s2 < 0 || s2 > newline ? -1 : text.indexOf(' ', s2 + 1);
      if (s3 < 0 || s3 > newline) {
        if (s1 > 0 && s1 < newline && text.slice(s1 + 1, newline) === 'missing') {
          at = newline + 1;
          continue;
        }
        throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
      }
      const size = digits(text, s2 + 1, s3);
      if (size < 0) throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
      const start = newline + 1;
      const end = start + size;
      if (text.length < end + 1) {
        this.needed = end + 1 - at;
        return at;
      }
      const from = text.startsWith(REFS_TAGS, s3 + 1) ? s3 + 1 + REFS_TAGS.length : s3 + 1;
      const name = ascii ? text.slice(from, newline) : buffer.toString('utf8', from, newline);
      if (!this.skip(name)) {
        const annotated = s2 - s1 === 4 && text.startsWith('tag', s1 + 1);
        const tag = annotated ? new RawTag(name, chunk, at, start, end) : lightweight(name, text.slice(at, s1));
        this.tags.push(tag);
        this.each(tag);
      }
      at = end + 1; // cat-file ends every object with a newline
    }
  }
}

/** The prefix dropped from the names cat-file echoes (for-each-ref lists full ref names). */
const REFS_TAGS = 'refs/tags/';

/** The decimal number in `text` from `from` to `to`, or -1 when it is not one. */
function digits(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function lightweight(name: string, object: string): TagRef {
  return { name, commit: object, object, annotated: false, tagger: '', taggerEmail: '', date: '', message: '' };
}

/** A chunk of cat-file's output: its bytes, the same bytes as a latin1 string, and whether they are all ASCII. */
interface Chunk {
  buffer: Buffer;
  text: string;
  ascii: boolean;
}

/**
 * An annotated tag read from its object. Only what every reader needs is decoded at once (name, target,
 * time); the rest stays in the chunk it arrived in (offsets, not a copy per tag) until it is read:
 * 10,000 tags decoded in full were half the time of `registry show`, most of it collecting garbage, so
 * a tag holds as few fields as it can (every one is copied by each young-generation collection).
 */
class RawTag implements TagRef {
  readonly commit: string;
  readonly time: number | undefined;
  #chunk: Chunk;
  #record: number;
  /** Where the tagger line's text starts; -1 without a readable tagger line. */
  #ident: number;
  #body: number;
  #end: number;
  #read?: { identity?: Identity; message?: string };

  /** `record` frames the header line (the tag object's id first); `start` and `end`, the object. */
  constructor(
    readonly name: string,
    chunk: Chunk,
    record: number,
    start: number,
    end: number,
  ) {
    const text = chunk.text;
    this.#chunk = chunk;
    this.#record = record;
    this.#end = end;
    // Headers, one per line, up to the blank line before the message (git writes object, type, tag, tagger).
    let commit = '';
    let ident = -1;
    let time: number | undefined;
    let line = start;
    let body = end;
    while (line < end) {
      const stop = lineEnd(text, line, end);
      if (stop === line) {
        body = line + 1;
        break;
      }
      if (text.startsWith('object ', line)) commit = text.slice(line + 7, stop);
      else if (ident < 0 && text.startsWith('tagger ', line)) {
        ident = line + 7;
        time = identSeconds(text, ident, stop);
      }
      line = stop + 1;
    }
    this.commit = commit;
    this.#body = body;
    // A tagger line whose time could not be read counts as none (time is undefined exactly then).
    this.#ident = time === undefined ? -1 : ident;
    this.time = time === undefined ? undefined : time * 1000;
  }

  get annotated(): true {
    return true;
  }

  get object(): string {
    const text = this.#chunk.text;
    return text.slice(this.#record, text.indexOf(' ', this.#record));
  }

  get tagger(): string {
    return this.#identity().tagger;
  }

  get taggerEmail(): string {
    return this.#identity().taggerEmail;
  }

  get date(): string {
    return this.#identity().date;
  }

  get message(): string {
    const read = (this.#read ??= {});
    return (read.message ??= decode(this.#chunk, this.#body, this.#end));
  }

  toJSON(): TagRef {
    const { name, commit, object, annotated, tagger, taggerEmail, date, time, message } = this;
    return { name, commit, object, annotated, tagger, taggerEmail, date, time, message };
  }

  #identity(): Identity {
    const read = (this.#read ??= {});
    if (read.identity) return read.identity;
    if (this.#ident < 0 || this.time === undefined) return (read.identity = NO_IDENTITY);
    return (read.identity = identity(decode(this.#chunk, this.#ident, lineEnd(this.#chunk.text, this.#ident, this.#end)), this.time / 1000));
  }
}

interface Identity {
  tagger: string;
  taggerEmail: string;
  date: string;
}

/** Where the line starting at `from` ends: its newline, or `limit` when that comes first. */
function lineEnd(text: string, from: number, limit: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 || newline > limit ? limit : newline;
}

/** The text between two offsets of a chunk, decoded as UTF-8 (a slice of its string when it is ASCII). */
function decode(chunk: Chunk, from: number, to: number): string {
  return chunk.ascii ? chunk.text.slice(from, to) : chunk.buffer.toString('utf8', from, to);
}

/** The seconds of an identity line `Name <email> 1767225600 +0200`; undefined when malformed. */
function identSeconds(text: string, from: number, end: number): number | undefined {
  const tz = end - 5;
  const sign = text.charCodeAt(tz);
  if (tz - 2 < from || text.charCodeAt(tz - 1) !== 32 || (sign !== 43 && sign !== 45)) return undefined;
  const space = text.lastIndexOf(' ', tz - 2);
  if (space <= from || text.charCodeAt(space - 1) !== 62) return undefined; // '>' closes the e-mail
  const seconds = digits(text, space + 1, tz - 1);
  return seconds < 0 ? undefined : seconds;
}

// Not frozen: a frozen object has a shape of its own, and readers of identities would see two.
const NO_IDENTITY: Identity = { tagger: '', taggerEmail: '', date: '' };

/** Name, e-mail and `%(taggerdate:iso-strict)` of an identity line whose seconds identSeconds read. */
function identity(ident: string, seconds: number): Identity {
  const close = ident.lastIndexOf('> ');
  const open = ident.lastIndexOf('<', close);
  if (close < 0 || open < 0) return NO_IDENTITY;
  return { tagger: ident.slice(0, open).trimEnd(), taggerEmail: ident.slice(open + 1, close), date: isoStrict(seconds, ident.slice(-5)) };
}

/**
 * A tag object's headers and message (git's tag format: headers, a blank line, the message), from
 * `chunk` between `start` and `end`; `record` is where cat-file's header line starts (the tag object's id first).
 */
export function parseTagObject(name: string, chunk: Buffer, offsets: { record: number; start: number; end: number }): TagRef {
  return new RawTag(name, { buffer: chunk, text: chunk.toString('latin1'), ascii: isAscii(chunk) }, offsets.record, offsets.start, offsets.end);
}

const days = new Map<number, string>();
/** Per `+HHMM` offset as git writes it: its seconds and its ISO form (`+HH:MM`). */
const zones = new Map<string, { seconds: number; iso: string }>();
const TWO = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** `%(taggerdate:iso-strict)`: the tagger's local time with its offset (`2026-01-01T12:00:00+02:00`). */
export function isoStrict(epochSeconds: number, tz: string): string {
  let zone = zones.get(tz);
  if (zone === undefined) {
    const sign = tz.startsWith('-') ? -1 : 1;
    zone = { seconds: sign * (Number(tz.slice(1, 3)) * 3600 + Number(tz.slice(3, 5)) * 60), iso: `${tz.slice(0, 3)}:${tz.slice(3, 5)}` };
    zones.set(tz, zone);
  }
  const local = epochSeconds + zone.seconds;
  const day = Math.floor(local / 86400);
  let date = days.get(day);
  if (date === undefined) {
    const d = new Date(day * 86_400_000);
    if (Number.isNaN(d.getTime())) return '';
    date = d.toISOString().slice(0, 11);
    days.set(day, date);
  }
  const s = local - day * 86400;
  return `${date}${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}:${TWO[s % 60]}${zone.iso}`;
}
