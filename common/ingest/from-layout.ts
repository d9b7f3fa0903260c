/**
 * Layout → blocks and footnotes, for the documents a delegate adds.
 *
 * The layout is written out as the line-oriented, Markdown-ish source the
 * bundled texts are (blank line between blocks, "23. " and "a) " labels at
 * line starts, "**…**" for a line set in bold, "<sup>1</sup>" for a raised
 * mark, "<sup>1</sup> …" for a note) and goes through the very same body
 * pipeline (index.ts ingestBody): numbering, headings, rejoining of
 * paragraphs cut by a page break or by notes, note pairing, ids. What the
 * layout knows better than a text file is decided here, before that:
 *   - furniture repeated at the top or foot of most pages (layout-furniture);
 *   - where a PDF paragraph ends (vertical gap, style change, page);
 *   - which lines are headings (larger or bold) and which are notes (smaller,
 *     opening with a raised mark);
 *   - whether a line-end hyphen split a word (layout-hyphen).
 * Each block remembers the page it starts on.
 */
import type { Block, Footnote } from '../model';
import { ingestBody } from './index';
import { type Layout, type LayoutLine, type LayoutRun, lineText } from './layout';
import { repeatedFurniture } from './layout-furniture';
import { isSplitWord, vocabulary } from './layout-hyphen';
import { parseNumbered, parseSectionLabel } from './markers';
import { endsSentence } from './text';
import type { SourceLine } from './types';

export interface FromLayoutResult {
  blocks: Block[];
  footnotes: Footnote[];
  warnings: string[];
}

/** A gap this many times the usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.45;
/** Text this much larger than the body is a heading. */
const HEADING_SIZE = 1.12;
/** Text this much smaller than the body, low on the page, is a note. */
const NOTE_SIZE = 0.93;
const MAX_HEADING = 200;
const NOTE_MARK = /^(\d{1,3}|\*{1,3})$/;
/** A note whose mark was printed on the baseline, only smaller: "12 Voir A/68/150." at the page foot. */
const PLAIN_NOTE = /^\s*(\d{1,3}|\*{1,3})\s+(?=\S)/;

/** Runs → inline source: raised note marks become "<sup>…</sup>", the pipeline's notation. */
export function runsSource(runs: readonly LayoutRun[]): string {
  return runs
    .map((r) => {
      const t = r.text.trim();
      return r.raised && NOTE_MARK.test(t) ? `<sup>${t}</sup>` : r.text;
    })
    .join('')
    .replace(/(\S)[ \t]+/g, '$1 ') // leading indent is kept: it tells schedule sub-items apart
    .trimEnd();
}

/** A block starting this far right of the text's left edge is indented. */
const INDENT = 12;

/** The left edge most lines start at. */
function leftMargin(lines: readonly LayoutLine[]): number {
  const count = new Map<number, number>();
  for (const l of lines) if (l.x !== undefined) count.set(Math.round(l.x), (count.get(Math.round(l.x)) ?? 0) + 1);
  let best = 0;
  let bestN = -1;
  for (const [x, n] of count) if (n > bestN) [best, bestN] = [x, n];
  return best;
}

/** The font size most characters are set in: the body text. */
function bodySize(lines: readonly LayoutLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    if (l.size === undefined) continue;
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + lineText(l).length);
  }
  let best = 0;
  let bestW = -1;
  for (const [s, w] of weight) if (w > bestW) [best, bestW] = [s, w];
  return best || 10;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const isBoldLine = (l: LayoutLine) => l.runs.some((r) => r.text.trim() !== '') && l.runs.every((r) => r.text.trim() === '' || r.bold);
const isItalicLine = (l: LayoutLine) => l.runs.some((r) => r.text.trim() !== '') && l.runs.every((r) => r.text.trim() === '' || r.italic);
const opensWithRaisedMark = (l: LayoutLine) => {
  const first = l.runs.find((r) => r.text.trim() !== '');
  return first?.raised === true && NOTE_MARK.test(first.text.trim());
};

interface Group {
  kind: 'text' | 'note' | 'heading';
  lines: LayoutLine[];
  /** A note group that opens with a mark printed on the baseline. */
  noteStart?: boolean;
}

/** Positioned (PDF) lines → groups, by page, spacing, size and weight. */
function groupPositioned(lines: readonly LayoutLine[], pageHeight: number): Group[] {
  const body = bodySize(lines);
  // A baseline mark opens a note only if the text calls that mark somewhere (a raised "7"): "455 fn. 27" does not.
  const called = new Set(lines.flatMap((l) => l.runs.filter((r) => r.raised).map((r) => r.text.trim())));
  const plainNote = (l: LayoutLine) => {
    const m = PLAIN_NOTE.exec(lineText(l));
    return m !== null && called.has(m[1]!);
  };
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && a.y !== undefined && b.y !== undefined && b.y > a.y) gaps.push(b.y - a.y);
  }
  const lineGap = median(gaps) || body * 1.2;
  const kindOf = (l: LayoutLine, prev: Group | undefined): Group['kind'] => {
    const size = l.size ?? body;
    const low = (l.y ?? 0) > pageHeight * 0.5;
    if (size < body * NOTE_SIZE && low && (opensWithRaisedMark(l) || plainNote(l) || prev?.kind === 'note')) return 'note';
    if (size >= body * HEADING_SIZE || isBoldLine(l) || isItalicLine(l)) return 'heading';
    return 'text';
  };
  const groups: Group[] = [];
  let cur: Group | undefined;
  lines.forEach((l, i) => {
    const prevLine = lines[i - 1];
    const kind = kindOf(l, cur);
    let start = cur === undefined || prevLine === undefined || prevLine.page !== l.page || kind !== cur.kind;
    if (!start && prevLine!.y !== undefined && l.y !== undefined) {
      const gap = l.y - prevLine!.y;
      // Back up the same page: the next column. Its first line goes on with the
      // paragraph when the last one left it mid-sentence (a new paragraph,
      // numbered or not, follows a finished one); other jumps up start a block.
      const nextColumn = gap < 0 && kind === 'text' && !endsSentence(lineText(prevLine!));
      if ((gap < 0 && !nextColumn) || gap > lineGap * PARAGRAPH_GAP) start = true;
    }
    if (!start && kind === 'note' && (opensWithRaisedMark(l) || plainNote(l))) start = true;
    if (start) {
      cur = { kind, lines: [l] };
      if (kind === 'note' && plainNote(l)) cur.noteStart = true;
      groups.push(cur);
    } else cur!.lines.push(l);
  });
  return groups;
}

/** Unpositioned lines (Word, HTML, Markdown, text) → groups, by the source's own roles. */
function groupStructured(lines: readonly LayoutLine[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | undefined;
  for (const l of lines) {
    const kind: Group['kind'] = l.role === 'note' ? 'note' : l.role === 'heading' ? 'heading' : 'text';
    if (cur === undefined || l.blockStart || kind !== cur.kind || (kind === 'note' && l.noteMark !== undefined)) {
      cur = { kind, lines: [l] };
      groups.push(cur);
    } else cur.lines.push(l);
  }
  return groups;
}

/** Lines of at most 100 characters, broken at spaces. */
function wrap(text: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > 100) {
      out.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') out.push(line);
  return out;
}

/** A heading whose text carries the pipeline's own markers ("IV. …", "3. …") is left for it to recognise. */
const hasOwnMarker = (text: string) => parseSectionLabel(text) !== undefined || parseNumbered(text) !== undefined;

export function layoutToBlocks(layout: Layout, opts: { symbol?: string } = {}): FromLayoutResult {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const drop = layout.positioned ? repeatedFurniture(layout.lines) : new Set<number>();
  if (drop.size > 0) warn(`${drop.size} repeated header/footer lines removed as page furniture`);
  const kept = layout.lines.filter((l, i) => !drop.has(i) && l.role !== 'title' && lineText(l).trim() !== '');
  const groups = layout.positioned ? groupPositioned(kept, layout.pageHeight ?? 842) : groupStructured(kept);
  const vocab = vocabulary(kept.map(lineText));
  const left = layout.positioned ? leftMargin(kept) : 0;
  // The highest heading level the body uses is its level 1: a page whose h1 is the title starts its sections at h2.
  const used = [...new Set(kept.filter((l) => l.role === 'heading' && l.level !== undefined).map((l) => l.level!))].sort((a, b) => a - b);
  const rank = (level: number) => used.indexOf(level) + 1;

  // Write the groups out as source lines; remember each line's page.
  const source: SourceLine[] = [];
  const pages: (number | undefined)[] = [];
  const push = (text: string, page: number | undefined) => {
    source.push({ text, lineNo: source.length + 1 });
    pages.push(page);
  };
  for (const g of groups) {
    const first = g.lines[0]!;
    let texts = g.lines.map((l) => runsSource(l.runs));
    // Hyphenation: a split word loses its hyphen (a soft hyphen tells joinLines so).
    texts = texts.map((t, i) => (i + 1 < texts.length && isSplitWord(t, texts[i + 1]!, vocab) ? `${t.slice(0, -1)}\u00ad` : t));
    if (g.kind === 'note') {
      const mark = first.noteMark ?? (opensWithRaisedMark(first) ? first.runs.find((r) => r.text.trim() !== '')!.text.trim() : undefined);
      if (mark !== undefined && !texts[0]!.startsWith('<sup>')) texts[0] = `<sup>${mark}</sup> ${texts[0]}`;
      else if (mark === undefined && (g.noteStart ?? false)) texts[0] = texts[0]!.replace(PLAIN_NOTE, (_all, m: string) => `<sup>${m}</sup> `); // "12 Voir…" set small
    } else if (g.kind === 'heading') {
      const whole = texts.join(' ');
      if (first.level !== undefined && !hasOwnMarker(whole)) {
        texts = [`${'#'.repeat(Math.min(6, rank(first.level)))} ${whole}`];
      } else if (layout.positioned && whole.length <= MAX_HEADING && !hasOwnMarker(whole) && !whole.includes('*')) {
        const italic = g.lines.every(isItalicLine) && !g.lines.every(isBoldLine);
        const mark = italic ? '*' : '**';
        texts = [`${mark}${whole}${mark}`];
      } else if (!hasOwnMarker(whole)) texts = [whole];
      else if (!layout.positioned) texts = wrap(whole); // a labelled heading, printed over lines as a PDF would: the label is read on the first
    } else if ((first.x !== undefined && first.x > left + INDENT) || (first.indent ?? 0) > 0) {
      texts[0] = `    ${texts[0]}`; // an indented block: the pipeline reads indents (schedule sub-items)
    } else if (first.label !== undefined && first.label !== '') {
      texts[0] = `${first.label === '•' ? '-' : first.label} ${texts[0]}`;
    }
    texts.forEach((t, k) => push(t, (g.lines[k] ?? first).page));
    push('', undefined);
  }

  const body = ingestBody(source, { symbol: opts.symbol }, warn);
  body.blocks.forEach((b, i) => {
    const page = pages[body.blockLines[i]! - 1];
    if (page !== undefined) b.page = page;
  });
  return { blocks: body.blocks, footnotes: body.footnotes, warnings };
}
