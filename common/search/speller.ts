/**
 * Typo correction: a word of 5+ letters whose term the whole library does not
 * know is corrected at edit distance 1 (Damerau), the most frequent candidate
 * winning.
 *
 * Candidates are read off the vocabulary instead of stemming every variant
 * (hundreds of Snowball calls): a known stem one edit from a prefix of the
 * word, or a known stem followed by an ending one edit from a known French
 * ending; each is verified by stemming. The vocabulary consulted first is
 * that of the TYPO_SAMPLE largest shards (all of them in a small library);
 * only if that finds nothing is the whole library's vocabulary built and
 * every variant tried. Corrections are cached until the library changes.
 */
import type { Analyzer } from './languages';
import type { Library, LoadedShard } from './library';
import type { TermClause } from './query';
import { edits1, vocabularyCandidates } from './typo';

/** Words shorter than this are never "corrected". */
export const MIN_TYPO_LENGTH = 5;
/** Typo corrections are looked up first in this many shards (the largest). */
const TYPO_SAMPLE = 32;
const CACHE_MAX = 50_000;

export interface Correction {
  stem: string;
  /** The corrected word, accents kept from what was typed. */
  word: string;
}

export class Speller {
  private generation = -1;
  private sample: LoadedShard[] | null = null;
  private sampleStems: Map<string, Set<string>> | null = null;
  private readonly corrections = new Map<string, Correction | null>();

  constructor(private readonly library: Library) {}

  private sync(): void {
    if (this.generation === this.library.generation) return;
    this.generation = this.library.generation;
    this.sample = null;
    this.sampleStems = null;
    this.corrections.clear();
  }

  /** True when the clause is a candidate for correction: a plain word of 5+ letters the library does not know. */
  needsCorrection(c: TermClause): boolean {
    if (c.prefix || c.stem.includes('/')) return false;
    if (c.folded.replace(/[^a-z]/g, '').length < MIN_TYPO_LENGTH) return false;
    return this.library.df(c.stem) === 0;
  }

  /** Best edit-distance-1 spelling of a clause's word, or null. */
  correct(c: TermClause, analyzer: Analyzer): Correction | null {
    this.sync();
    const key = `${analyzer.language}\u0000${c.folded}\u0000${c.word}`;
    const cached = this.corrections.get(key);
    if (cached !== undefined) return cached;
    const fix = this.find(c, analyzer);
    if (this.corrections.size >= CACHE_MAX) this.corrections.clear();
    this.corrections.set(key, fix);
    return fix;
  }

  /** The shards with the largest vocabularies, where a typo's correction is looked up first. */
  private typoSample(): LoadedShard[] {
    if (!this.sample) {
      this.sample = [...this.library.shards.values()].sort((a, b) => b.table.terms.length - a.table.terms.length || a.seq - b.seq).slice(0, TYPO_SAMPLE);
    }
    return this.sample;
  }

  /** Stems of the typo sample, by first letter. */
  private typoStems(): Map<string, Set<string>> {
    if (!this.sampleStems) {
      const byLetter = new Map<string, Set<string>>();
      for (const s of this.typoSample()) {
        for (const [, stem] of s.table.lines()) {
          const k = stem[0] as string;
          let set = byLetter.get(k);
          if (!set) byLetter.set(k, (set = new Set()));
          set.add(stem);
        }
      }
      this.sampleStems = byLetter;
    }
    return this.sampleStems;
  }

  private find(c: TermClause, analyzer: Analyzer): Correction | null {
    const candidates = new Map<string, string>(); // stem → corrected word as typed
    const typedAligned = c.word.length === c.folded.length;
    // Fast path (French endings): candidates read off the vocabulary, a handful of stemmings.
    if (analyzer.language === 'fr') {
      const byLetter = this.typoStems();
      for (const cand of vocabularyCandidates(
        c.folded,
        (ch) => byLetter.get(ch) ?? [],
        (stem) => byLetter.get(stem[0] as string)?.has(stem) ?? false,
      )) {
        const stem = analyzer.analyzeFoldedWord(cand.folded);
        if (stem !== null && !candidates.has(stem) && byLetter.get(stem[0] as string)?.has(stem)) {
          candidates.set(stem, typedAligned ? cand.apply(c.word) : cand.folded);
        }
      }
      if (candidates.size > 0) return this.mostFrequent(candidates);
    }
    // Slow path: stem every spelling at edit distance 1.
    const stems = new Map<string, string>();
    for (const e of edits1(c.folded)) {
      const stem = analyzer.analyzeFoldedWord(e.word);
      if (stem !== null && !stems.has(stem)) stems.set(stem, typedAligned ? e.apply(c.word) : e.word);
    }
    const sample = this.typoSample();
    for (const [stem, word] of stems) {
      if (sample.some((s) => s.table.find(stem) >= 0)) candidates.set(stem, word);
    }
    if (candidates.size === 0 && sample.length < this.library.shards.size) {
      const vocab = this.library.vocabulary();
      for (const [stem, word] of stems) if (vocab.has(stem)) candidates.set(stem, word);
    }
    return this.mostFrequent(candidates);
  }

  /** The candidate whose stem is most frequent in the library. */
  private mostFrequent(candidates: Map<string, string>): Correction | null {
    let best: (Correction & { df: number }) | null = null;
    for (const [stem, word] of candidates) {
      const df = this.library.df(stem);
      if (df > 0 && (!best || df > best.df)) best = { stem, word, df };
    }
    return best ? { stem: best.stem, word: best.word } : null;
  }
}
