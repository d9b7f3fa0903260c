/**
 * Intermediate shapes of the ingestion pipeline. Each stage reads the
 * previous stage's output and adds one kind of knowledge, so a stage can be
 * tested on its own with hand-written input.
 *
 *   source text ─ lines ─ title block removed ─ chunks (segment) ─ page cuts
 *   rejoined (rejoin) ─ drafts (classify) ─ inline AST (inline-parse) ─ notes
 *   paired (footnotes) ─ text/md (inline-render) ─ ids and heading paths.
 */
import type { BlockKind } from '../model';

/** One physical line of the source, right-trimmed, with its 1-based number for warnings. */
export interface SourceLine {
  text: string;
  lineNo: number;
}

/** What a line start was recognised as. Recorded once, in segmentation, where sequence state lives. */
export type Marker =
  | { kind: 'roman'; label: string; value: number }
  | { kind: 'letter'; label: string }
  | { kind: 'number'; n: number }
  | { kind: 'item'; letter: string }
  | { kind: 'bullet' }
  | { kind: 'atx'; level: number }
  | { kind: 'annex' }
  | { kind: 'schedule'; time: string };

/**
 * A run of source lines that belongs together: a paragraph (hard-wrapped or
 * not), a heading, a list item, a schedule entry, or a footnote definition.
 */
export interface Chunk {
  type: 'text' | 'note';
  lines: SourceLine[];
  /** Leading spaces of the first line: the only layout signal a PDF extraction keeps. */
  indent: number;
  marker?: Marker;
  /** For notes: the mark as printed ("1", "¹", "*"), and normalised ("1", "*"). */
  noteMark?: { raw: string; mark: string };
}

/** A block before inline parsing: kind and numbering decided, inline source still raw. */
export interface Draft {
  kind: BlockKind;
  level?: number;
  label?: string;
  number?: string;
  /** Inline source (Markdown-ish) without the label. */
  src: string;
  /** Remove one emphasis span wrapping the whole source (a heading's styling, not content). */
  unwrap?: boolean;
  lineNo: number;
}

/** Inline AST. `ref` is a footnote reference candidate; pairing fills `id`. */
export type InlineNode =
  | { t: 'text'; s: string }
  | { t: 'emph'; n: 1 | 2 | 3; children: InlineNode[] }
  | { t: 'sup'; s: string }
  | { t: 'ref'; mark: string; raw: string; via: 'sup' | 'unicode' | 'star'; id?: string }
  | { t: 'delim'; count: number; canOpen: boolean; canClose: boolean };
