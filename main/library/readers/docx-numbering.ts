/**
 * Word's automatic numbering, made explicit. A paragraph numbered by Word
 * carries no number in its text, only a reference (w:numPr: a list instance
 * w:numId and a level w:ilvl) into word/numbering.xml; mammoth turns such
 * paragraphs into <ol><li> and loses the number itself, so "23." would come
 * back as "1." after every heading. Here the numbers are computed as Word
 * does and typed into the paragraph, and the reference removed, so the rest
 * of the road (mammoth, the HTML reader, common/ingest) sees "23. …" or
 * "a) …" exactly as in a document whose numbers were typed.
 *
 * The counting rules (ECMA-376 §17.9): the running count belongs to the
 * abstract definition (w:abstractNum), so list instances (w:num) that share
 * one continue each other's sequence; an instance's w:lvlOverride/
 * w:startOverride restarts that level the first time the instance is used;
 * using a level restarts the deeper levels (unless w:lvlRestart says
 * otherwise); a paragraph style may carry the numbering (w:pStyle → w:numPr).
 * Bullets are left to mammoth, which renders them as bulleted lists.
 */

export interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** 1-based level after whose use this one restarts; 0 never; undefined: any shallower level. */
  restart?: number;
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, LevelDef>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
  /** Paragraph style id → its numbering (with w:basedOn followed). */
  styles: Map<string, { numId: string; ilvl: number }>;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const child = (xml: string, name: string): string | undefined => new RegExp(`<${name}\\b[^>]*?/?>`).exec(xml)?.[0];
const childVal = (xml: string, name: string): string | undefined => {
  const tag = child(xml, name);
  return tag === undefined ? undefined : attr(tag, 'w:val');
};
const elements = (xml: string, name: string): RegExpMatchArray[] => [...xml.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g'))];

function levelsOf(xml: string): Map<number, LevelDef> {
  const out = new Map<number, LevelDef>();
  for (const [, attrs, body] of elements(xml, 'w:lvl')) {
    const ilvl = Number(attr(attrs!, 'w:ilvl') ?? 0);
    const restart = childVal(body!, 'w:lvlRestart');
    out.set(ilvl, {
      start: Number(childVal(body!, 'w:start') ?? 1),
      format: childVal(body!, 'w:numFmt') ?? 'decimal',
      text: childVal(body!, 'w:lvlText') ?? `%${ilvl + 1}.`,
      restart: restart === undefined ? undefined : Number(restart),
    });
  }
  return out;
}

function numPrOf(pPr: string): { numId?: string; ilvl?: number } | undefined {
  const m = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(pPr);
  if (!m) return undefined;
  const ilvl = childVal(m[1]!, 'w:ilvl');
  return { numId: childVal(m[1]!, 'w:numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

export function parseNumbering(numberingXml: string, stylesXml = ''): NumberingDefs {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  for (const [, attrs, body] of elements(numberingXml, 'w:abstractNum')) abstracts.set(attr(attrs!, 'w:abstractNumId') ?? '', levelsOf(body!));
  const nums = new Map<string, NumDef>();
  for (const [, attrs, body] of elements(numberingXml, 'w:num')) {
    const starts = new Map<number, number>();
    const levels = new Map<number, LevelDef>();
    for (const [, oAttrs, oBody] of elements(body!, 'w:lvlOverride')) {
      const ilvl = Number(attr(oAttrs!, 'w:ilvl') ?? 0);
      const s = childVal(oBody!, 'w:startOverride');
      if (s !== undefined) starts.set(ilvl, Number(s));
      const lvl = levelsOf(oBody!).get(ilvl);
      if (lvl) levels.set(ilvl, lvl);
    }
    nums.set(attr(attrs!, 'w:numId') ?? '', { abstractId: childVal(body!, 'w:abstractNumId') ?? '', starts, levels });
  }
  // Styles: own numPr, else the style it is based on (a numId without ilvl means level 0).
  const raw = new Map<string, { basedOn?: string; numId?: string; ilvl?: number }>();
  for (const [, attrs, body] of elements(stylesXml, 'w:style')) {
    if (attr(attrs!, 'w:type') !== 'paragraph') continue;
    raw.set(attr(attrs!, 'w:styleId') ?? '', { basedOn: childVal(body!, 'w:basedOn'), ...numPrOf(body!) });
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const id of raw.keys()) {
    let s = raw.get(id);
    let ilvl: number | undefined;
    for (let hops = 0; s && hops < 10; hops++, s = s.basedOn ? raw.get(s.basedOn) : undefined) {
      ilvl ??= s.ilvl;
      if (s.numId !== undefined) {
        styles.set(id, { numId: s.numId, ilvl: ilvl ?? 0 });
        break;
      }
    }
  }
  return { abstracts, nums, styles };
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}
/** Word's letters run a…z, then aa…zz, then aaa…. */
const letter = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts paragraphs as Word does; `next` gives the label of the next paragraph on (numId, ilvl), or null for none/bullets. */
export class NumberingCounter {
  readonly #defs: NumberingDefs;
  readonly #counts = new Map<string, (number | undefined)[]>();
  readonly #used = new Set<string>();
  constructor(defs: NumberingDefs) {
    this.#defs = defs;
  }

  #level(num: NumDef, ilvl: number): LevelDef | undefined {
    return num.levels.get(ilvl) ?? this.#defs.abstracts.get(num.abstractId)?.get(ilvl);
  }

  next(numId: string, ilvl: number): string | null {
    const num = this.#defs.nums.get(numId);
    const lvl = num && this.#level(num, ilvl);
    if (!num || !lvl || lvl.format === 'bullet') return null;
    const counts = this.#counts.get(num.abstractId) ?? [];
    this.#counts.set(num.abstractId, counts);
    const key = `${numId}:${ilvl}`;
    if (!this.#used.has(key)) {
      this.#used.add(key);
      const start = num.starts.get(ilvl);
      if (start !== undefined) counts[ilvl] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? lvl.start - 1) + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = this.#level(num, d)?.restart;
      if (restart === undefined || (restart > 0 && ilvl + 1 <= restart)) counts[d] = undefined;
    }
    return lvl.text.replace(/%(\d)/g, (_all, k: string) => {
      const i = Number(k) - 1;
      const def = this.#level(num, i);
      return formatNumber(counts[i] ?? def?.start ?? 1, def?.format ?? 'decimal');
    });
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document part with every numbered paragraph's number typed at its
 * start and its numbering reference removed. Paragraphs are matched one
 * level deep: a paragraph inside a text box keeps its reference.
 */
export function typeNumbers(documentXml: string, defs: NumberingDefs): string {
  const counter = new NumberingCounter(defs);
  return documentXml.replace(/<w:p\b(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/w:p>)/g, (p) => {
    const pPr = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(p)?.[1];
    if (pPr === undefined) return p;
    const direct = numPrOf(pPr);
    const styleId = childVal(pPr, 'w:pStyle');
    const style = styleId === undefined ? undefined : defs.styles.get(styleId);
    const numId = direct?.numId ?? style?.numId;
    // numId 0 is Word's "no numbering here", even under a numbered style.
    if (numId === undefined || numId === '0') return p;
    const label = counter.next(numId, direct?.ilvl ?? style?.ilvl ?? 0);
    if (label === null) return p;
    const newPPr = direct ? pPr.replace(/<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/, '') : pPr.replace('</w:pPr>', '<w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>');
    const run = label === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
    return p.replace(pPr, newPPr + run);
  });
}
