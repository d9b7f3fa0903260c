/**
 * Reading untrusted JSON: size first, then JSON.parse (iterative in V8), then
 * one iterative walk that checks the nesting depth (before anything recursive
 * touches the value) and rejects prototype-polluting keys. JSON.parse itself stores
 * "__proto__" as an ordinary own property, so the danger is in code that
 * later copies or merges the object; rejecting the keys outright means no
 * later step has to be careful.
 */

export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
export const MAX_DEPTH = 64;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

export const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function lineColumn(text: string, index: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

interface Scan {
  /** Index at which the depth limit was passed, or -1. */
  tooDeepAt: number;
  /** What is still open when the text ends. */
  openAtEnd: 'string' | 'bracket' | null;
}

/** One pass over the text counting `[`/`{` depth outside strings. Iterative: no stack to overflow. */
export function scanDepth(text: string, max = MAX_DEPTH): Scan {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return { tooDeepAt: i, openAtEnd: null };
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return { tooDeepAt: -1, openAtEnd: inString ? 'string' : depth > 0 ? 'bracket' : null };
}

interface Node {
  v: unknown;
  depth: number;
  parent: Node | null;
  key: string | number;
}
const pathOf = (n: Node): string => {
  const parts: string[] = [];
  for (let x: Node | null = n; x && x.parent; x = x.parent) parts.push(typeof x.key === 'number' ? `[${x.key}]` : `.${x.key}`);
  return parts.reverse().join('').replace(/^\./, '');
};

/**
 * One iterative walk over parsed JSON: the first forbidden key (with its
 * path, built only when found) and whether nesting passes `maxDepth`.
 */
export function walkParsed(value: unknown, maxDepth = Infinity): { forbidden: { key: string; path: string } | null; tooDeep: boolean } {
  const stack: Node[] = [{ v: value, depth: 0, parent: null, key: '' }];
  while (stack.length) {
    const n = stack.pop() as Node;
    const v = n.v;
    if (v === null || typeof v !== 'object') continue;
    if (n.depth + 1 > maxDepth) return { forbidden: null, tooDeep: true };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: n.depth + 1, parent: n, key: i });
    } else {
      for (const k of Object.keys(v)) {
        const child: Node = { v: (v as Record<string, unknown>)[k], depth: n.depth + 1, parent: n, key: k };
        if (FORBIDDEN_KEYS.has(k)) return { forbidden: { key: k, path: pathOf(child) }, tooDeep: false };
        stack.push(child);
      }
    }
  }
  return { forbidden: null, tooDeep: false };
}

/** The first forbidden key, with the path to it, or null. */
export function findForbiddenKey(value: unknown): { key: string; path: string } | null {
  return walkParsed(value).forbidden;
}

const tooDeep = (text: string, at: number): { ok: false; error: string } => ({
  ok: false,
  error: `The file is nested too deeply: more than ${MAX_DEPTH} levels of brackets (at ${lineColumn(text, Math.max(0, at))}).`,
});

/** Parse text that came from outside; every failure is a sentence a person can act on. */
export function parseUntrustedJson(raw: string): Parsed {
  const parsed = parseJsonText(raw);
  return parsed.ok ? checkParsed(parsed.text, parsed.value) : parsed;
}

/**
 * The first half of `parseUntrustedJson`: size, emptiness, JSON.parse. The
 * value must still go through `checkParsed` before anything else reads it;
 * split so a caller can yield to other work between the two.
 */
export function parseJsonText(raw: string): { ok: true; value: unknown; text: string } | { ok: false; error: string } {
  const pre = precheckJsonText(raw);
  if (!pre.ok) return pre;
  const text = pre.text;

  // V8's JSON.parse is iterative: a deep file cannot overflow it. The text is
  // scanned character by character only to explain a failure (a scan costs
  // more than the parse itself on a 20 MB file, and blocks as long).
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return explainParseError(text, e);
  }

  return { ok: true, value, text };
}

/** What can be told before parsing: the size, emptiness, the first character; the text without its BOM. */
export function precheckJsonText(raw: string): { ok: true; text: string } | { ok: false; error: string } {
  if (raw.length > MAX_IMPORT_CHARS) {
    // Rounded up, so a file just over the limit does not read as "20.0 MB".
    const mb = (Math.ceil((raw.length / (1024 * 1024)) * 10) / 10).toFixed(1);
    return { ok: false, error: `The file is too large (${mb} MB); imports are limited to 20 MB of text.` };
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const start = text.search(/\S/);
  if (start === -1) return { ok: false, error: 'The file is empty.' };
  if (!/[[{"\-0-9tfn]/.test(text.charAt(start))) {
    return { ok: false, error: `The file is not JSON: it starts with "${text.slice(start, start + 20).trim()}".` };
  }
  return { ok: true, text };
}

/** The sentence for a JSON.parse failure of the whole text: where, and whether the file was cut short. */
function explainParseError(text: string, e: unknown): { ok: false; error: string } {
  const scan = scanDepth(text);
  if (scan.tooDeepAt >= 0) return tooDeep(text, scan.tooDeepAt);
  const message = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(message);
  const pos = at?.[1] ? Number(at[1]) : text.length;
  const atEnd = text.slice(pos).trim() === '';
  if (scan.openAtEnd && (atEnd || /Unexpected end|Unterminated/.test(message))) {
    const what = scan.openAtEnd === 'string' ? 'a string' : 'a bracket';
    return {
      ok: false,
      error: `The file is truncated: unexpected end of the JSON with ${what} still open (${lineColumn(text, text.length)}).`,
    };
  }
  const detail = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  return { ok: false, error: `The file is not JSON: ${detail} (${lineColumn(text, pos)}).` };
}

/** The second half: nothing recursive has touched the value yet; check depth and keys in one iterative walk. */
export function checkParsed(text: string, value: unknown): Parsed {
  const walked = walkParsed(value, MAX_DEPTH);
  if (walked.tooDeep) return tooDeep(text, scanDepth(text).tooDeepAt);
  const bad = walked.forbidden;
  if (bad) {
    return { ok: false, error: `The file contains the forbidden key "${bad.key}" at ${bad.path}; files with such keys are refused.` };
  }
  return { ok: true, value };
}
