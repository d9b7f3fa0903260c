/**
 * BM25 scoring of one shard for a query, with library-wide statistics.
 *
 * Per shard: one binary search per term, a decode of only those postings
 * (rarest clause first, later clauses only revisit its blocks), BM25 summed
 * in typed arrays reused by every shard of every query, then exclusions and
 * exact-phrase checks, and the survivors pushed into the top-k heap.
 */
import type { PostingBuffers } from './codec';
import type { LoadedShard } from './library';
import { resolveClause, type Clause } from './prefix';
import type { TopK } from './topk';

/** A heading block's own score is multiplied by this, so the paragraph that says the thing ranks first. */
export const HEADING_BLOCK_FACTOR = 0.3;

/** What a query asks of every shard of one language. */
export interface ShardQuery {
  clauses: Clause[];
  excluded: Clause[];
  phrases: RegExp[];
  excludedPhrases: RegExp[];
  avgText: number;
  avgHeading: number;
}

export class Scorer {
  private stamp = new Int32Array(0);
  private epoch = 0;
  private acc = new Float64Array(0);
  private clauseHits = new Int32Array(0);
  private lastClause = new Int32Array(0);
  private excludedStamp = new Int32Array(0);
  private touched = new Int32Array(0);
  private readonly postings: PostingBuffers = { blocks: new Int32Array(64), tfText: new Int32Array(64), tfHeading: new Int32Array(64) };

  /** Makes the scratch arrays hold a shard of `n` blocks. */
  reserve(n: number): void {
    if (n <= this.stamp.length) return;
    const size = Math.max(n, this.stamp.length * 2);
    this.stamp = new Int32Array(size);
    this.excludedStamp = new Int32Array(size);
    this.acc = new Float64Array(size);
    this.clauseHits = new Int32Array(size);
    this.lastClause = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.epoch = 0;
  }

  /** Scores one shard into `top`; returns its number of matching blocks. */
  scoreShard(s: LoadedShard, q: ShardQuery, top: TopK): number {
    this.reserve(s.n);
    const table = s.table;
    // Each clause as [line, idf] pairs; AND: a clause absent from the shard rules it out.
    // The rarest clause goes first so later ones only revisit its blocks.
    const resolved: Array<{ pairs: Array<[number, number]>; weight: number }> = [];
    for (const c of q.clauses) {
      const pairs = resolveClause(table, c);
      if (pairs.length === 0) return 0;
      let weight = 0;
      for (const [line] of pairs) weight += table.count(line);
      resolved.push({ pairs, weight });
    }
    resolved.sort((x, y) => x.weight - y.weight);

    if (++this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.excludedStamp.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const { stamp, acc, clauseHits, lastClause, excludedStamp, postings } = this;
    const touched = this.touched;
    let nTouched = 0;
    const { k1, b } = s.bm25;
    const bt = s.fieldBoost.text;
    const bh = s.fieldBoost.heading;
    const normText = b / (q.avgText || 1);
    const normHeading = b / (q.avgHeading || 1);
    const textLengths = s.textLengths;
    const headingLengths = s.headingLengths;

    if (q.clauses.length === 0) {
      // Phrases of stop words only: every block is a candidate, checked below.
      for (let i = 0; i < s.n; i++) {
        stamp[i] = epoch;
        acc[i] = 1;
        touched[nTouched++] = i;
      }
    }
    for (let ci = 0; ci < resolved.length; ci++) {
      for (const [line, idf] of (resolved[ci] as (typeof resolved)[number]).pairs) {
        const n = table.decode(line, postings);
        const { blocks, tfText, tfHeading } = postings;
        for (let k = 0; k < n; k++) {
          const blk = blocks[k] as number;
          if (stamp[blk] !== epoch) {
            if (ci > 0) continue; // AND: a block missing the first clause can never match
            stamp[blk] = epoch;
            acc[blk] = 0;
            clauseHits[blk] = 0;
            lastClause[blk] = -1;
            touched[nTouched++] = blk;
          }
          if (lastClause[blk] !== ci) {
            lastClause[blk] = ci;
            clauseHits[blk] = (clauseHits[blk] as number) + 1;
          }
          // lunr's BM25 per field: idf · (k1 + 1) · tf / (k1 · (1 − b + b · len / avgLen) + tf) · boost
          const tfT = tfText[k] as number;
          const tfH = tfHeading[k] as number;
          let w = 0;
          if (tfT > 0) w += (bt * idf * (k1 + 1) * tfT) / (k1 * (1 - b + normText * (textLengths[blk] as number)) + tfT);
          if (tfH > 0) w += (bh * idf * (k1 + 1) * tfH) / (k1 * (1 - b + normHeading * (headingLengths[blk] as number)) + tfH);
          acc[blk] = (acc[blk] as number) + w;
        }
      }
    }
    // -word excludes blocks whose own text has it; a section heading that
    // mentions it does not exclude every paragraph under it.
    for (const c of q.excluded) {
      for (const [line] of resolveClause(table, c)) {
        const n = table.decode(line, postings);
        for (let k = 0; k < n; k++) if ((postings.tfText[k] as number) > 0) excludedStamp[postings.blocks[k] as number] = epoch;
      }
    }

    let count = 0;
    const needText = q.phrases.length > 0 || q.excludedPhrases.length > 0;
    const nClauses = q.clauses.length;
    for (let t = 0; t < nTouched; t++) {
      const blk = touched[t] as number;
      if (nClauses > 0 && clauseHits[blk] !== nClauses) continue;
      if (excludedStamp[blk] === epoch) continue;
      if (needText) {
        const text = s.texts[blk] as string;
        if (!q.phrases.every((re) => re.test(text))) continue;
        if (q.excludedPhrases.some((re) => re.test(text))) continue;
      }
      count++;
      let score = acc[blk] as number;
      if (s.kinds.charCodeAt(blk) === 104 /* 'h' */) score *= HEADING_BLOCK_FACTOR;
      top.push({ score, shard: s, block: blk });
    }
    return count;
  }
}
