/**
 * JSON.parse of a large untrusted file in steps of a few milliseconds, so the
 * caller can answer other calls between them (a 20 MB import file parsed in
 * one JSON.parse blocks the event loop for 100–300 ms).
 *
 * Only the containers too large to parse at once are read here, one token at
 * a time; every value under CHUNK_CHARS (an annotation of an import file, a
 * key, a number) is handed to the native JSON.parse whole, so the work done
 * in JavaScript is one scan of the text for string and bracket boundaries.
 * Each piece is checked as `checkParsed` would check it (nesting depth,
 * forbidden keys) as it is read.
 *
 * The result is the value JSON.parse gives, or `failed`: this parser never
 * explains a problem itself; the caller runs `parseUntrustedJson` on the
 * (bad) file for the exact sentence, so a broken file is explained in the
 * same words however it was read.
 */
import { FORBIDDEN_KEYS, MAX_DEPTH, walkParsed } from './json-guard';

/** Values up to this many UTF-16 units are parsed natively in one call (well under a millisecond). */
export const CHUNK_CHARS = 64 * 1024;

type Frame = { arr: unknown[]; obj?: undefined; key?: undefined } | { obj: Record<string, unknown>; key: string; arr?: undefined };
type State = 'value' | 'afterValue' | 'key' | 'firstKeyOrEnd' | 'firstValueOrEnd' | 'end' | 'done';

/** Thrown inside `step` for anything JSON.parse would refuse (or checkParsed would). */
class Refused extends Error {}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

export class ChunkedJsonParser {
  private pos = 0;
  private state: State = 'value';
  private readonly stack: Frame[] = [];
  private root: unknown = undefined;
  private refused = false;

  constructor(
    private readonly text: string,
    private readonly chunk = CHUNK_CHARS,
  ) {}

  /** How far the scan has come, in UTF-16 units of the text (for progress). */
  get done(): number {
    return this.pos;
  }

  /** Parses until `deadline` (a Date.now() value) passes; true once the whole text is read or refused. */
  step(deadline: number): boolean {
    if (this.state === 'done') return true;
    try {
      for (let n = 1; (this.state as State) !== 'done'; n++) {
        this.advance();
        if ((n & 3) === 0 && Date.now() > deadline) break;
      }
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      this.refused = true;
      this.state = 'done';
    }
    return (this.state as State) === 'done';
  }

  /** After `step` returned true: the value, or `failed` when the text is not JSON or not acceptable. */
  result(): { ok: true; value: unknown } | { ok: false } {
    return this.refused ? { ok: false } : { ok: true, value: this.root };
  }

  private skipSpace(): number {
    const t = this.text;
    while (this.pos < t.length && isSpace(t.charCodeAt(this.pos))) this.pos++;
    return this.pos < t.length ? t.charCodeAt(this.pos) : -1;
  }

  /** One token or one whole small value. */
  private advance(): void {
    const c = this.skipSpace();
    switch (this.state) {
      case 'end':
        if (c !== -1) throw new Refused();
        this.state = 'done';
        return;
      case 'firstValueOrEnd':
        if (c === 93 /* ] */) return this.close();
        this.state = 'value';
        return;
      case 'firstKeyOrEnd':
        if (c === 125 /* } */) return this.close();
        this.state = 'key';
        return;
      case 'key':
        return this.key(c);
      case 'afterValue': {
        const top = this.stack[this.stack.length - 1] as Frame;
        if (c === 44 /* , */) {
          this.pos++;
          this.state = top.arr ? 'value' : 'key';
        } else if (c === (top.arr ? 93 : 125)) this.close();
        else throw new Refused();
        return;
      }
      case 'value':
        return this.value(c);
    }
  }

  private key(c: number): void {
    if (c !== 34 /* " */) throw new Refused();
    const end = this.stringEnd(this.pos);
    const key = this.parse(this.pos, end) as string;
    if (FORBIDDEN_KEYS.has(key)) throw new Refused();
    this.pos = end;
    if (this.skipSpace() !== 58 /* : */) throw new Refused();
    this.pos++;
    (this.stack[this.stack.length - 1] as Frame & { key: string }).key = key;
    this.state = 'value';
  }

  private value(c: number): void {
    const start = this.pos;
    if (this.stack[this.stack.length - 1]?.arr && this.run(start)) return;
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const end = this.containerEnd(start);
      if (end === -1) {
        // Too large to parse at once: open it and read its members one by one.
        if (this.stack.length + 1 > MAX_DEPTH) throw new Refused();
        this.stack.push(c === 91 ? { arr: [] } : { obj: {}, key: '' });
        this.pos++;
        this.state = c === 91 ? 'firstValueOrEnd' : 'firstKeyOrEnd';
        return;
      }
      const v = this.parse(start, end);
      // The piece's own nesting counts on top of the containers it sits in.
      const walked = walkParsed(v, MAX_DEPTH - this.stack.length);
      if (walked.tooDeep || walked.forbidden) throw new Refused();
      this.pos = end;
      return this.put(v);
    }
    const end = c === 34 ? this.stringEnd(start) : this.scalarEnd(start);
    const v = this.parse(start, end);
    this.pos = end;
    this.put(v);
  }

  /**
   * In a large list: as many whole elements as fit in a chunk, parsed in one
   * native call (a file of 10 million small numbers would otherwise cost one
   * call each). False when not even the first element fits.
   */
  private run(start: number): boolean {
    const t = this.text;
    const limit = start + this.chunk;
    let end = -1;
    let i = start;
    for (;;) {
      const c = t.charCodeAt(i);
      const e = c === 123 || c === 91 ? this.containerEnd(i) : c === 34 ? this.stringEnd(i) : this.scalarEnd(i);
      if (e === -1 || e > limit) break;
      end = e;
      i = e;
      while (i < t.length && isSpace(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) !== 44 /* , */) break;
      i++;
      while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    }
    if (end === -1) return false;
    const list = this.parse(start, end, '[', ']') as unknown[];
    // The list that wraps the run stands where the enclosing list is; its elements one level below.
    const walked = walkParsed(list, MAX_DEPTH - this.stack.length + 1);
    if (walked.tooDeep || walked.forbidden) throw new Refused();
    const top = this.stack[this.stack.length - 1] as Frame;
    for (const v of list) top.arr?.push(v);
    this.pos = end;
    this.state = 'afterValue';
    return true;
  }

  private parse(start: number, end: number, before = '', after = ''): unknown {
    try {
      return JSON.parse(before + this.text.slice(start, end) + after);
    } catch {
      throw new Refused();
    }
  }

  private put(v: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.root = v;
      this.state = 'end';
      return;
    }
    if (top.arr) top.arr.push(v);
    // As JSON.parse does: an own property whatever the key (a later duplicate wins).
    else Object.defineProperty(top.obj, top.key, { value: v, writable: true, enumerable: true, configurable: true });
    this.state = 'afterValue';
  }

  private close(): void {
    this.pos++;
    const frame = this.stack.pop() as Frame;
    this.put(frame.arr ?? frame.obj);
  }

  /** The index just past the string that opens at `at`; refused when it never closes. */
  private stringEnd(at: number): number {
    const t = this.text;
    let from = at + 1;
    for (;;) {
      const q = t.indexOf('"', from);
      if (q === -1) throw new Refused();
      let slashes = 0;
      while (t.charCodeAt(q - 1 - slashes) === 92 /* \ */) slashes++;
      if (slashes % 2 === 0) return q + 1;
      from = q + 1;
    }
  }

  /** The end of a number or literal: the next delimiter (JSON.parse then says whether it is one). */
  private scalarEnd(at: number): number {
    const t = this.text;
    let i = at;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125 || isSpace(c)) break;
    }
    if (i === at) throw new Refused();
    return i;
  }

  /** The index just past the container that opens at `at`, or -1 when it is longer than a chunk. */
  private containerEnd(at: number): number {
    const t = this.text;
    const limit = at + this.chunk;
    let depth = 0;
    for (let i = at; i < t.length && i < limit; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) i = this.stringEnd(i) - 1;
      else if (c === 123 || c === 91) depth++;
      else if ((c === 125 || c === 93) && --depth === 0) return i + 1;
    }
    return -1;
  }
}
