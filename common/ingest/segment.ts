/**
 * Segmentation: body lines → chunks. A chunk is a paragraph, heading, item,
 * schedule entry or footnote definition, still as raw lines.
 *
 * Hard-wrapped PDF text has no reliable blank line between paragraphs at a
 * page break (" 14. Les participants…" follows the last line of 13), so a new
 * chunk starts at a blank line OR at a recognised line start. Line starts are
 * believed only when they fit the sequence so far: "2015. En effet" in the
 * middle of paragraph 23 is not paragraph 2015, because 24 is expected. At the
 * start of a blank-separated group the test is looser (a gap in the numbering
 * is reported, not swallowed).
 *
 * Page furniture is dropped here, so it never reaches a block.
 */
import type { CatalogEntry } from '../model';
import { furnitureReason } from './furniture';
import {
  isAnnexLine,
  parseAtx,
  parseBullet,
  parseLettered,
  parseNoteDef,
  parseNumbered,
  parseScheduleTime,
  parseSectionLabel,
  romanValue,
} from './markers';
import { indentOf, isBlank, startsUppercase } from './text';
import type { Chunk, Marker, SourceLine } from './types';

/** A section label line longer than this is prose that happens to start with "A. " or "L. ". */
const MAX_SECTION_LINE = 150;
/** How far a paragraph number may jump ahead at a group start before it is taken for prose. */
const MAX_NUMBER_JUMP = 3;

interface Sequence {
  para: number;
  roman: number;
  letter: string;
  item: string;
  romanSeen: boolean;
}

const nextChar = (c: string) => String.fromCharCode(c.charCodeAt(0) + 1);

function recogniseSection(text: string, atStart: boolean, seq: Sequence, warn: (m: string) => void): Marker | undefined {
  const s = parseSectionLabel(text);
  if (!s || text.trim().length > MAX_SECTION_LINE || !startsUppercase(s.rest)) return undefined;
  const r = romanValue(s.token);
  const single = s.token.length === 1;
  const expRoman = r !== undefined && r === seq.roman;
  const expLetter = single && s.token === seq.letter;
  let kind: 'roman' | 'letter' | undefined;
  if (expRoman) kind = 'roman';
  else if (expLetter) kind = 'letter';
  else if (atStart) {
    kind = single && (seq.romanSeen || r === undefined) ? 'letter' : r !== undefined ? 'roman' : undefined;
    if (kind) warn(`section "${s.token}." is out of sequence (expected ${kind === 'roman' ? `chapter ${seq.roman}` : `"${seq.letter}."`})`);
  }
  if (kind === 'roman') {
    seq.roman = r! + 1;
    seq.letter = 'A';
    seq.romanSeen = true;
    return { kind, label: `${s.token}.`, value: r! };
  }
  if (kind === 'letter') {
    seq.letter = nextChar(s.token);
    return { kind, label: `${s.token}.` };
  }
  return undefined;
}

function recognise(text: string, atStart: boolean, seq: Sequence, warn: (m: string) => void): Marker | undefined {
  const atx = parseAtx(text);
  if (atx) return { kind: 'atx', level: atx.level };
  if (isAnnexLine(text)) {
    seq.letter = 'A';
    return { kind: 'annex' };
  }
  const section = recogniseSection(text, atStart, seq, warn);
  if (section) return section;

  const bulleted = parseBullet(text) !== undefined;
  const num = parseNumbered(text);
  if (num) {
    const loose = atStart || bulleted;
    if (num.n === seq.para || (loose && num.n >= 1 && num.n <= seq.para + MAX_NUMBER_JUMP)) {
      if (num.n !== seq.para) warn(`paragraph ${num.n} where ${seq.para} was expected`);
      seq.para = num.n + 1;
      seq.item = 'a';
      return { kind: 'number', n: num.n };
    }
  }
  if (atStart) {
    const sched = parseScheduleTime(text);
    if (sched) return { kind: 'schedule', time: sched.time };
  }
  const item = parseLettered(text);
  if (item && (atStart || bulleted)) {
    if (item.letter !== seq.item) warn(`item "${item.letter})" where "${seq.item})" was expected`);
    seq.item = nextChar(item.letter);
    return { kind: 'item', letter: item.letter };
  }
  if (bulleted) return { kind: 'bullet' };
  return undefined;
}

/**
 * Split body lines into chunks.
 * @param warn receives messages already prefixed with the line number.
 */
export function segment(lines: readonly SourceLine[], entry: Pick<CatalogEntry, 'symbol'>, warn: (m: string) => void): Chunk[] {
  const chunks: Chunk[] = [];
  const seq: Sequence = { para: 1, roman: 1, letter: 'A', item: 'a', romanSeen: false };
  let cur: Chunk | undefined;
  const close = () => {
    if (cur) chunks.push(cur);
    cur = undefined;
  };

  for (const line of lines) {
    if (isBlank(line.text) || furnitureReason(line.text, entry) !== null) {
      close();
      continue;
    }
    // A note starts a group, or follows another note: never in the middle of a paragraph,
    // where a superscript reference can land at the start of a wrapped line.
    const def = cur === undefined || cur.type === 'note' ? parseNoteDef(line.text) : undefined;
    if (def) {
      close();
      cur = { type: 'note', lines: [line], indent: indentOf(line.text), noteMark: { raw: def.raw, mark: def.mark } };
      continue;
    }
    if (cur?.type === 'note') {
      cur.lines.push(line); // a wrapped note
      continue;
    }
    const marker = recognise(line.text, cur === undefined, seq, (m) => warn(`line ${line.lineNo}: ${m}`));
    if (marker) {
      close();
      cur = { type: 'text', lines: [line], indent: indentOf(line.text), marker };
      // A Markdown heading or an annex line is one line by construction.
      if (marker.kind === 'atx' || marker.kind === 'annex') close();
      continue;
    }
    if (cur === undefined) cur = { type: 'text', lines: [line], indent: indentOf(line.text) };
    else cur.lines.push(line);
  }
  close();
  return chunks;
}
