/**
 * Compact text encoding of postings for the serialized shards.
 *
 * Numbers are written as variable-length integers in the base64 alphabet:
 * each character carries 5 bits of value and 1 continuation bit, so the
 * small numbers that dominate postings (block gaps, term frequencies) take
 * one character. The result is plain ASCII that JSON stores without
 * escaping and V8 keeps as a one-byte string, and it is decoded only for
 * the terms a query touches.
 *
 * A shard's term table is two strings: `terms`, lines `stem:OFFSET` sorted
 * by stem (code unit order) and joined by "\n", and `postings`, where OFFSET
 * (a varint) points at that stem's entry: its lunr document frequency, its
 * number of postings, then (block gap, tf in text, tf in heading) for each.
 * `TermTable` binary-searches `terms` in place — lines are short, so snapping
 * a midpoint to its line start is cheap — and nothing per term is built when
 * a shard loads.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function encodeVarint(n: number, out: string[]): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`cannot encode ${n}: not a non-negative integer`);
  let v = n;
  while (v >= 32) {
    out.push(ALPHABET[(v & 31) | 32] as string);
    v = Math.floor(v / 32);
  }
  out.push(ALPHABET[v] as string);
}

/** Reads varints from a string; `pos` advances. Throws on malformed input. */
export class VarintReader {
  pos: number;
  constructor(
    private readonly s: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  next(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated varint in shard postings');
      const c = this.s.charCodeAt(this.pos++);
      const d = c < 128 ? (DECODE[c] as number) : -1;
      if (d < 0) throw new Error(`invalid character ${JSON.stringify(String.fromCharCode(c))} in shard postings`);
      v += (d & 31) * mul;
      if (d < 32) return v;
      mul *= 32;
    }
  }
}

/** One term's postings: blocks in increasing order with their per-field term frequencies. */
export interface Postings {
  blocks: number[];
  tfText: number[];
  tfHeading: number[];
}

/** One postings entry. `dfSum` is lunr's document frequency: postings counted once per field they occur in. */
export function encodePostings(p: Postings): string {
  const out: string[] = [];
  let dfSum = 0;
  for (let i = 0; i < p.blocks.length; i++) {
    if ((p.tfText[i] ?? 0) > 0) dfSum++;
    if ((p.tfHeading[i] ?? 0) > 0) dfSum++;
  }
  encodeVarint(dfSum, out);
  encodeVarint(p.blocks.length, out);
  let prev = -1;
  for (let i = 0; i < p.blocks.length; i++) {
    const b = p.blocks[i] as number;
    if (b <= prev) throw new Error('postings must be in increasing block order');
    encodeVarint(b - prev - 1, out);
    encodeVarint(p.tfText[i] ?? 0, out);
    encodeVarint(p.tfHeading[i] ?? 0, out);
    prev = b;
  }
  return out.join('');
}

/** Decoded postings of one term, in reusable buffers. */
export interface PostingBuffers {
  blocks: Int32Array;
  tfText: Int32Array;
  tfHeading: Int32Array;
}

/** A shard's term table, searched in place (see the module comment). */
export class TermTable {
  constructor(
    readonly terms: string,
    readonly postings: string,
  ) {}

  /** Start of the line containing offset `i`. */
  private lineStart(i: number): number {
    return i <= 0 ? 0 : this.terms.lastIndexOf('\n', i - 1) + 1;
  }

  /** Start of the line after the one starting at `start`, or -1 at the end. */
  nextLine(start: number): number {
    const nl = this.terms.indexOf('\n', start);
    return nl === -1 ? -1 : nl + 1;
  }

  /** Compares `term` with the stem of the line at `start` (code unit order): <0, 0, >0. */
  private compare(term: string, start: number): number {
    const s = this.terms;
    let p = start;
    for (let k = 0; k < term.length; k++, p++) {
      const c = s.charCodeAt(p);
      if (c === 58 /* ':' */) return 1; // the line's stem is a proper prefix of term
      const d = term.charCodeAt(k) - c;
      if (d !== 0) return d;
    }
    return s.charCodeAt(p) === 58 ? 0 : -1;
  }

  /** Offset of the first line whose stem is >= `term`, or -1 if none. */
  lowerBound(term: string): number {
    const len = this.terms.length;
    // Invariant: lo is a line start (or len) and every line before it is < term;
    // the line at hi (if hi < len) is >= term. The line containing any offset in
    // [lo, hi) starts in [lo, hi), since lo is itself a line start.
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const line = this.lineStart((lo + hi) >>> 1);
      if (this.compare(term, line) > 0) {
        const next = this.nextLine(line);
        lo = next === -1 ? len : next;
      } else hi = line;
    }
    return lo >= len ? -1 : lo;
  }

  /** Offset of the line of `term`, or -1. */
  find(term: string): number {
    const at = this.lowerBound(term);
    return at >= 0 && this.compare(term, at) === 0 ? at : -1;
  }

  /** Offsets of the lines whose stem starts with `prefix`, at most `max`. */
  withPrefix(prefix: string, max: number): number[] {
    const out: number[] = [];
    for (let at = this.lowerBound(prefix); at !== -1 && out.length < max; at = this.nextLine(at)) {
      if (!this.terms.startsWith(prefix, at)) break;
      out.push(at);
    }
    return out;
  }

  stem(line: number): string {
    return this.terms.slice(line, this.terms.indexOf(':', line));
  }

  /** Reader positioned at the postings entry of a line. */
  private reader(line: number): VarintReader {
    const colon = this.terms.indexOf(':', line);
    const nl = this.terms.indexOf('\n', colon);
    const offset = new VarintReader(this.terms, colon + 1, nl === -1 ? this.terms.length : nl).next();
    return new VarintReader(this.postings, offset, this.postings.length);
  }

  /** lunr-style document frequency of a line (postings counted per field). */
  dfSum(line: number): number {
    return this.reader(line).next();
  }

  /** Number of postings of a line. */
  count(line: number): number {
    const r = this.reader(line);
    r.next();
    return r.next();
  }

  /** The first block of a line's postings, without decoding the rest. */
  firstBlock(line: number): number {
    const r = this.reader(line);
    r.next(); // dfSum
    if (r.next() === 0) return -1;
    return r.next(); // the first gap, counted from block -1, plus one
  }

  /** Decodes the postings of a line into `out` (grown if needed); returns their number. */
  decode(line: number, out: PostingBuffers): number {
    const r = this.reader(line);
    r.next(); // dfSum
    const n = r.next();
    if (out.blocks.length < n) {
      const size = Math.max(n, out.blocks.length * 2);
      out.blocks = new Int32Array(size);
      out.tfText = new Int32Array(size);
      out.tfHeading = new Int32Array(size);
    }
    const { blocks, tfText, tfHeading } = out;
    let block = -1;
    for (let k = 0; k < n; k++) {
      block += r.next() + 1;
      blocks[k] = block;
      tfText[k] = r.next();
      tfHeading[k] = r.next();
    }
    return n;
  }

  /** Decodes the postings of a line into `visit(block, tfText, tfHeading)`. */
  forEachPosting(line: number, visit: (block: number, tfText: number, tfHeading: number) => void): void {
    const buf: PostingBuffers = { blocks: new Int32Array(0), tfText: new Int32Array(0), tfHeading: new Int32Array(0) };
    const n = this.decode(line, buf);
    for (let k = 0; k < n; k++) visit(buf.blocks[k] as number, buf.tfText[k] as number, buf.tfHeading[k] as number);
  }

  /** Every line as [offset, stem], in order. */
  *lines(): Generator<[number, string]> {
    if (this.terms.length === 0) return;
    for (let at = 0; at !== -1; at = this.nextLine(at)) yield [at, this.stem(at)];
  }
}

/** Builds `terms` and `postings` from stems and their encoded postings entries. Sorts by stem. */
export function buildTermTable(entries: Array<[string, string]>): { terms: string; postings: string } {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lines: string[] = [];
  const postings: string[] = [];
  let offset = 0;
  for (const [stem, entry] of sorted) {
    if (stem.length === 0 || stem.includes(':') || stem.includes('\n')) {
      throw new Error(`stem ${JSON.stringify(stem)} cannot be stored in a term table`);
    }
    const off: string[] = [];
    encodeVarint(offset, off);
    lines.push(`${stem}:${off.join('')}`);
    postings.push(entry);
    offset += entry.length;
  }
  return { terms: lines.join('\n'), postings: postings.join('') };
}
