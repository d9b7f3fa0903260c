/**
 * Classification: chunk → draft block (kind, level, label, number).
 *
 * Explicit signals win over inferred ones, in this order: the marker the
 * segmenter recognised (chapter, section, paragraph number, item, bullet,
 * Markdown heading, annex, schedule time), then layout (indented lines under
 * a schedule entry, the line after "Annexe"), then typography of standalone
 * lines (a line that is all emphasis is a heading in IOM papers; so is a short
 * unpunctuated line), then an epigraph's attribution, else a paragraph.
 *
 * Heading levels:
 *   chapter "V." 1 · section "A." 2 (1 if the document has no chapters) ·
 *   "## x" as written · bold standalone 1 · italic standalone 2 ·
 *   standalone opening with an ordinal ("Premier atelier") 2 · bulleted
 *   emphasis ("- ***Adoption…***") 2 · short plain line 1 · "Annexe" 1 and
 *   the annex title under it 2.
 */
import { parseInline, wholeEmphasis } from './inline-parse';
import { parseAtx, parseBullet, parseLettered, parseNumbered, parseScheduleTime, parseSectionLabel, startsWithOrdinal } from './markers';
import { collapseSpaces, joinLines, startsUppercase } from './text';
import type { Chunk, Draft } from './types';

/** Longest standalone line still taken for a heading. */
const MAX_PLAIN_HEADING = 120;
const MAX_STYLED_HEADING = 200;

/** "…aux solutions. – W.L. Swing, Conseil de l'OIM, décembre 2016.": text, dash, a name, a year. */
const ATTRIBUTION = /\s[–—]\s*\p{Lu}[^–—]{1,100}?\b\d{4}\.?$/u;

const NO_MARKS = { noteMarks: new Set<string>(), refs: false };

function emphasisLevel(src: string): number | undefined {
  const emph = wholeEmphasis(parseInline(src, NO_MARKS).nodes);
  if (!emph) return undefined;
  if (src.length > MAX_STYLED_HEADING || /\.\**\s*$/.test(src)) return undefined; // a bold sentence, not a title
  const inner = src.replace(/^[\s*]+/, '');
  return emph.n === 1 || startsWithOrdinal(inner) ? 2 : 1;
}

function isPlainHeading(chunk: Chunk, src: string): boolean {
  return (
    chunk.lines.length === 1 &&
    src.length <= MAX_PLAIN_HEADING &&
    startsUppercase(src) &&
    !/[.,;:!?…]$/u.test(src) &&
    !/[.!?]\s/u.test(src) &&
    !src.includes('*')
  );
}

export function chunkSource(chunk: Chunk): string {
  return collapseSpaces(chunk.lines.reduce((acc, l) => joinLines(acc, l.text), ''));
}

/** Classify the text chunks of a document, in reading order. */
export function classify(chunks: readonly Chunk[]): Draft[] {
  const drafts: Draft[] = [];
  let lastPara: string | undefined;
  let romanSeen = false;
  let afterAnnex = false;
  const texts = chunks.filter((c) => c.type === 'text');

  texts.forEach((chunk, k) => {
    const raw = chunkSource(chunk);
    const lineNo = chunk.lines[0]!.lineNo;
    const prev = drafts[drafts.length - 1];
    const isLast = k === texts.length - 1;
    const m = chunk.marker;
    const wasAfterAnnex = afterAnnex;
    afterAnnex = false;
    let d: Draft;

    if (m?.kind === 'roman' || m?.kind === 'letter') {
      if (m.kind === 'roman') romanSeen = true;
      const level = m.kind === 'roman' || !romanSeen ? 1 : 2;
      d = { kind: 'heading', level, label: m.label, src: parseSectionLabel(raw)!.rest, unwrap: true, lineNo };
    } else if (m?.kind === 'annex') {
      d = { kind: 'heading', level: 1, src: raw, lineNo };
      afterAnnex = true;
    } else if (m?.kind === 'atx') {
      d = { kind: 'heading', level: m.level, src: parseAtx(raw)!.rest, unwrap: true, lineNo };
    } else if (m?.kind === 'schedule') {
      d = { kind: 'schedule-item', level: 1, label: m.time, src: parseScheduleTime(raw)!.rest, lineNo };
    } else if (m?.kind === 'number') {
      lastPara = String(m.n);
      d = { kind: 'paragraph', number: lastPara, label: `${m.n}.`, src: parseNumbered(raw)!.rest, lineNo };
    } else if (m?.kind === 'item') {
      const number = lastPara !== undefined ? `${lastPara}-${m.letter}` : m.letter;
      d = { kind: 'list-item', level: 1, number, label: `${m.letter})`, src: parseLettered(raw)!.rest, lineNo };
    } else if (m?.kind === 'bullet') {
      const rest = parseBullet(raw)!.rest;
      // A bulleted line that is all emphasis is a sub-heading in IOM papers ("- ***Adoption…***").
      d =
        emphasisLevel(rest) !== undefined
          ? { kind: 'heading', level: 2, src: rest, unwrap: true, lineNo }
          : { kind: 'list-item', level: 1, label: '•', src: rest, lineNo };
    } else if (prev?.kind === 'schedule-item' && chunk.indent >= 2) {
      // Indented lines under a programme entry are its sub-items ("Allocution du …").
      d = { kind: 'schedule-item', level: 2, src: raw, lineNo };
    } else if (wasAfterAnnex && raw.length <= MAX_STYLED_HEADING && !/[.;:!?]$/.test(raw)) {
      d = { kind: 'heading', level: 2, src: raw, unwrap: true, lineNo };
    } else {
      const styled = emphasisLevel(raw);
      if (styled !== undefined) d = { kind: 'heading', level: styled, src: raw, unwrap: true, lineNo };
      else if (!isLast && isPlainHeading(chunk, raw)) d = { kind: 'heading', level: 1, src: raw, lineNo };
      else if (ATTRIBUTION.test(raw)) d = { kind: 'quote', src: raw, lineNo };
      else d = { kind: 'paragraph', src: raw, lineNo };
    }
    drafts.push(d);
  });
  return drafts;
}
