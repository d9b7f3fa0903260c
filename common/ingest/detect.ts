/**
 * Metadata of an added document, detected from its text: the UN symbol and
 * the date from the first page, the title (the reader's structural hint when
 * it has one, else the most prominent line of the first page), the language
 * (franc-min, mapped to two-letter codes) and the document type. All of it is
 * a proposal: the delegate can correct it in the library's form.
 */
import { franc } from 'franc-min';
import type { DocType } from '../model';
import { detectDate, parseDate } from './detect-date';
import { detectSymbol, normaliseSymbol } from './detect-symbol';
import { foldForMatch } from './text';

export { detectDate, parseDate } from './detect-date';
export { detectSymbol, findSymbols, normaliseSymbol } from './detect-symbol';

export interface DetectedMetadata {
  symbol?: string;
  title?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  /** ISO 639-1 where franc-min's code has one, "und" when the text is too short to tell. */
  language: string;
  docType: DocType;
}

/** franc-min's ISO 639-3 codes → ISO 639-1, for the languages UN and IOM papers come in and a few neighbours. */
const ISO_639_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', arb: 'ar', cmn: 'zh', rus: 'ru', por: 'pt', deu: 'de', ita: 'it', nld: 'nl',
  pol: 'pl', ukr: 'uk', tur: 'tr', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ell: 'el', jpn: 'ja', kor: 'ko',
  hin: 'hi', ben: 'bn', ind: 'id', vie: 'vi', tha: 'th', swh: 'sw', pes: 'fa', urd: 'ur', hau: 'ha', yor: 'yo',
};

/** The language of a text; "und" when franc-min cannot tell (too short, or none it knows). */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return 'und';
  return ISO_639_1[code] ?? code;
}

const DOC_TYPE_WORDS: [DocType, RegExp][] = [
  ['summary-of-conclusions', /\b(?:résumé des conclusions|summary of conclusions|resumen de (?:las )?conclusiones)\b/iu],
  ['concept-note', /\b(?:note conceptuelle|concept note|nota conceptual|note de synthèse)\b/iu],
  ['working-paper', /\b(?:document de travail|working paper|documento de trabajo|background paper|document d[’']information)\b/iu],
  // "Rapport du Secrétaire général" opens a line; "par rapport à" in running text is not a type.
  ['report', /(?:^|\n)[ \t]*(?:rapport|report|informe)\b|\b(?:résumé des auditions|summary of the hearings)\b/iu],
];

/** The document type named on the first page; a UN General Assembly or ECOSOC symbol without one is a report. */
export function detectDocType(firstPageText: string, symbol?: string): DocType {
  for (const [type, re] of DOC_TYPE_WORDS) if (re.test(firstPageText)) return type;
  if (symbol !== undefined && /^(?:A|E|S)\/(?!RES\/)/.test(symbol) && !/\/L\.\d/.test(symbol)) return 'report';
  return 'other';
}

export interface TitleCandidate {
  text: string;
  /** Font size (PDF) or heading rank inverted (structured sources): larger is more prominent. */
  prominence: number;
}

/**
 * The title: the most prominent text of the first page that is not the
 * symbol, a date, or furniture; consecutive lines of the same prominence are
 * one wrapped title.
 */
export function detectTitle(firstPage: readonly TitleCandidate[], symbol?: string): string | undefined {
  const usable = firstPage.filter((c) => {
    const t = c.text.trim();
    if (t.length < 4 || !/\p{L}{3}/u.test(t)) return false;
    if (symbol !== undefined && normaliseSymbol(t) === symbol) return false;
    return true;
  });
  if (usable.length === 0) return undefined;
  const top = Math.max(...usable.map((c) => c.prominence));
  const start = usable.findIndex((c) => c.prominence === top);
  const parts: string[] = [];
  for (let i = start; i < usable.length && usable[i]!.prominence === top && parts.length < 8; i++) parts.push(usable[i]!.text.trim());
  const title = parts.join(' ').replace(/\s+/g, ' ');
  return title.length > 300 ? `${title.slice(0, 297)}…` : title;
}

export interface DetectInput {
  /** Text lines of the first page (the first 60 lines of a source without pages). */
  firstPageLines: string[];
  /** Title candidates from the first page, with prominence. */
  titleCandidates: TitleCandidate[];
  /** A title the source declares (Word "Title" style, HTML <title>, Markdown first "#"). */
  declaredTitle?: string;
  /** The whole body text, for language detection. */
  fullText: string;
}

export function detectMetadata(input: DetectInput): DetectedMetadata {
  const symbol = detectSymbol(input.firstPageLines);
  const date = detectDate(input.firstPageLines);
  const title = input.declaredTitle?.trim() || detectTitle(input.titleCandidates, symbol);
  const out: DetectedMetadata = {
    language: detectLanguage(input.fullText),
    docType: detectDocType(input.firstPageLines.join('\n'), symbol),
  };
  if (symbol !== undefined) out.symbol = symbol;
  if (title) out.title = title;
  if (date !== undefined) out.date = date;
  return out;
}

/** Is this printed line part of the title block the metadata came from? */
export function isMetadataLine(line: string, meta: DetectedMetadata): boolean {
  const folded = foldForMatch(line);
  if (folded === '') return true;
  if (meta.symbol !== undefined && foldForMatch(meta.symbol) === folded) return true;
  if (line.trim().length <= 40 && parseDate(line) !== undefined && parseDate(line) === meta.date) return true; // the date line
  if (meta.title !== undefined) {
    const t = foldForMatch(meta.title);
    if (t === folded || (folded.length >= 12 && t.includes(folded))) return true;
  }
  return false;
}
