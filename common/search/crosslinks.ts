/**
 * Cross-links: the symbols a passage cites, resolved against the library's
 * own documents (bundled or added), matched on the normalised symbol
 * (`A/68/370`, `a/ 68/370` and the resolution number of an `A/RES/` symbol
 * are one key). The reader turns each into a link; a symbol not in the
 * library is described from its shape (symbols.ts) and searched for.
 */
import type { CatalogEntry } from '../model';
import { foldForMatch, foldWithOffsets, toOriginalRange } from './fold';
import { joinSymbols, symbolKind, symbolsIn, symbolTerms, type SymbolKind } from './symbols';

/** Symbol term → id of the library document that bears that symbol. */
export type SymbolDirectory = ReadonlyMap<string, string>;

/** The index term of a symbol as a catalog or a person writes it, or null when it is not a symbol. */
export function symbolTerm(symbol: string): string | null {
  return symbolTerms(foldForMatch(joinSymbols(symbol.trim())))[0] ?? null;
}

export function symbolDirectory(entries: readonly Pick<CatalogEntry, 'id' | 'symbol'>[]): SymbolDirectory {
  const out = new Map<string, string>();
  for (const e of entries) {
    if (!e.symbol) continue;
    for (const t of symbolTerms(foldForMatch(joinSymbols(e.symbol.trim())))) if (!out.has(t)) out.set(t, e.id);
  }
  return out;
}

export interface SymbolRef {
  /** Offsets into the text given. */
  start: number;
  end: number;
  /** The symbol as printed. */
  text: string;
  term: string;
  /** The library document it names, or null. */
  docId: string | null;
  kind: SymbolKind;
}

/** The symbols cited in a text, each resolved against the directory. */
export function symbolRefs(text: string, directory: SymbolDirectory): SymbolRef[] {
  if (!text.includes('/')) return [];
  const ft = foldWithOffsets(text);
  return symbolsIn(ft.folded).map((m) => {
    const [start, end] = toOriginalRange(ft, m.start, m.end);
    const term = m.terms[0] as string;
    const docId = m.terms.map((t) => directory.get(t)).find((d) => d !== undefined) ?? null;
    const printed = text.slice(start, end);
    return { start, end, text: printed, term, docId, kind: symbolKind(printed) };
  });
}
