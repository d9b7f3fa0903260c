/**
 * Turning ranked candidates into hits: the snippet with its marked segments,
 * the section trail and the citation fields (paragraph number, footnote
 * mark, page, or the passage's rank in its section).
 *
 * Folded block texts are kept in a small LRU cache: the same passages come
 * back query after query (a delegate refines a search), and folding is the
 * main cost of a snippet. The proximity rerank reads the same cache.
 */
import type { SearchHit } from '../model';
import { foldWithOffsets, type FoldedText } from './fold';
import type { Analyzer } from './languages';
import type { Library, LoadedShard } from './library';
import { SNIPPET_LENGTH, snippetFor } from './snippet';
import type { Candidate } from './topk';

/** Folded block texts kept for snippets, in characters (offset maps count 4 more per character). */
const FOLD_CACHE_CHARS = 1_000_000;
/** Kind letter of a footnote passage in a shard. */
export const NOTE_KIND = 'n';

export class HitBuilder {
  private readonly cache = new Map<number, FoldedText>();
  private chars = 0;
  private generation = -1;

  constructor(private readonly library: Library) {}

  /** The folded text of a block, from the cache (bounded by characters, not entries). */
  folded(s: LoadedShard, block: number): FoldedText {
    if (this.generation !== this.library.generation) {
      this.cache.clear();
      this.chars = 0;
      this.generation = this.library.generation;
    }
    const key = s.seq * 0x100000 + block;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const f = foldWithOffsets(s.texts[block] as string);
    this.chars += f.folded.length * (f.start ? 5 : 1);
    this.cache.set(key, f);
    for (const [k, v] of this.cache) {
      if (this.chars <= FOLD_CACHE_CHARS) break;
      this.cache.delete(k);
      this.chars -= v.folded.length * (v.start ? 5 : 1);
    }
    return f;
  }

  hit(c: Candidate, markTerms: string[], phrases: string[], analyzer: Analyzer): SearchHit {
    const s = c.shard;
    const text = s.texts[c.block] as string;
    const { snippet, segments } = snippetFor(text, markTerms, phrases, SNIPPET_LENGTH, this.folded(s, c.block), (w) => analyzer.analyzeFoldedWord(w));
    const sectionPath: string[] = [];
    for (let p = s.parents[c.block] as number; p >= 0; p = s.parents[p] as number) {
      sectionPath.unshift(s.texts[p] as string);
    }
    const hit: SearchHit = {
      docId: s.docId,
      blockId: s.ids[c.block] as string,
      snippet,
      segments,
      score: Math.round(c.score * 1e6) / 1e6,
      sectionPath,
    };
    const number = s.numbers[c.block];
    const isNote = s.kinds[c.block] === NOTE_KIND;
    if (isNote && number != null) hit.note = number;
    else if (number != null) hit.number = number;
    const page = s.pages?.[c.block];
    if (page != null) hit.page = page;
    if (!isNote && s.kinds[c.block] !== 'h') hit.passage = passageRank(s, c.block);
    return hit;
  }
}

/** 1-based rank of a block among the non-heading blocks of its section (as the export's citations count). */
export function passageRank(s: LoadedShard, block: number): number {
  const parent = s.parents[block] as number;
  let n = 0;
  for (let i = block; i > parent; i--) {
    const k = s.kinds[i];
    if (k !== 'h' && k !== NOTE_KIND && s.parents[i] === parent) n++;
  }
  return n;
}
