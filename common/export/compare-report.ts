/**
 * The comparison report: what the compare view shows, as a document to send.
 * Aligned passages (left in reading order, each with its best counterpart),
 * a word-level redline where the two are close, and the passages of either
 * document that nothing matches. Formats (HTML here, Word and PDF in main)
 * only lay this out.
 */
import type { Alignment } from '../align';
import { isClose, wordDiff, type DiffSegment } from '../align';
import type { StructuredDocument } from '../model';
import { citationFor, documentCitation } from './citation';
import type { ExportLabels } from './labels';
import { exportLabels, tFor } from './locale';
import type { ExportLang } from './strings';

export interface ComparePassage {
  blockId: string;
  citation: string;
  text: string;
}

export interface ComparePair {
  left: ComparePassage;
  right: ComparePassage;
  /** Cosine similarity, 0..1. */
  score: number;
  /** Word-level changes from left to right, when the passages are close enough to read as a redline. */
  diff?: DiffSegment[];
}

export interface CompareReport {
  title: string;
  date: string;
  labels: ExportLabels;
  words: { aligned: string; onlyLeft: string; onlyRight: string; key: string; none: string; similarity: (score: number) => string; inserted: string; deleted: string };
  left: { citation: string; language: string };
  right: { citation: string; language: string };
  pairs: ComparePair[];
  onlyLeft: ComparePassage[];
  onlyRight: ComparePassage[];
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function buildCompareReport(left: StructuredDocument, right: StructuredDocument, alignment: Alignment, lang: ExportLang, date: string): CompareReport {
  const labels = exportLabels(lang);
  const t = tFor(lang);
  const passage = (doc: StructuredDocument, blockId: string): ComparePassage => ({
    blockId,
    citation: citationFor(doc, blockId, { labels }),
    text: doc.blocks.find((b) => b.id === blockId)?.text ?? '',
  });
  // Each left passage once, with its best counterpart: a report reads down the first document.
  const seenLeft = new Set<string>();
  const pairedRight = new Set<string>();
  const pairs: ComparePair[] = [];
  for (const p of alignment.pairs) {
    pairedRight.add(p.rightId);
    if (seenLeft.has(p.leftId)) continue;
    const best = alignment.leftToRight[p.leftId]?.[0];
    const rightId = best?.id ?? p.rightId;
    seenLeft.add(p.leftId);
    const l = passage(left, p.leftId);
    const r = passage(right, rightId);
    pairs.push({ left: l, right: r, score: best?.score ?? p.score, ...(isClose(l.text, r.text) ? { diff: wordDiff(l.text, r.text) } : {}) });
  }
  const unmatched = (doc: StructuredDocument, matched: Set<string>): ComparePassage[] =>
    doc.blocks.filter((b) => b.kind !== 'heading' && b.text.trim() && !matched.has(b.id)).map((b) => passage(doc, b.id));
  const leftCite = oneLine(left.symbol ?? left.shortName);
  const rightCite = oneLine(right.symbol ?? right.shortName);
  return {
    title: t('compare.title', { left: leftCite, right: rightCite }),
    date,
    labels,
    words: {
      aligned: t('compare.aligned'),
      onlyLeft: t('compare.onlyIn', { doc: leftCite }),
      onlyRight: t('compare.onlyIn', { doc: rightCite }),
      key: t('compare.key'),
      none: t('compare.none'),
      similarity: (score) => t('compare.similarity', { pct: Math.round(score * 100) }),
      inserted: t('compare.inserted'),
      deleted: t('compare.deleted'),
    },
    left: { citation: documentCitation(left, labels), language: left.language },
    right: { citation: documentCitation(right, labels), language: right.language },
    pairs,
    onlyLeft: unmatched(left, seenLeft),
    onlyRight: unmatched(right, pairedRight),
  };
}
