import { describe, expect, it } from 'vitest';
import { lunr } from '../../../common/search/lunr-fr';
import { ANALYZER_VERSION, PIPELINE_LABEL } from '../../../common/search/pipeline';
import { buildLunrIndex, buildShard, checkShard, loadLunrIndex, serializeShard, type SerializedShard } from '../../../common/search/shard';
import { RETOUR, VULN } from './fixtures';

const roundTrip = (s: SerializedShard): SerializedShard => JSON.parse(JSON.stringify(s)) as SerializedShard;
const QUERIES = ['migration', 'droits homme', "+droits +l'homme", 'vulnérabilité', 'vulnerabilite enfants', 'retour', 'durable'];

describe('serializeShard', () => {
  it('writes pure ASCII JSON that parses back to the same shard', () => {
    const shard = buildShard(VULN);
    const text = serializeShard(shard);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(JSON.stringify(shard)).toMatch(/[^\x00-\x7f]/); // the fixture has accents to escape
    expect(JSON.parse(text)).toEqual(shard);
  });
});

describe('buildShard', () => {
  it('registers the French pipeline with lunr under its label', () => {
    const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
    expect(registry[PIPELINE_LABEL]).toBeTypeOf('function');
    const shard = buildShard(RETOUR);
    expect(shard.pipeline).toEqual([PIPELINE_LABEL]);
    expect(shard.analyzer).toBe(ANALYZER_VERSION);
  });

  it('keeps one entry per block and the block ids, texts and numbers', () => {
    const shard = buildShard(RETOUR);
    expect(shard.blocks.ids).toEqual(RETOUR.blocks.map((b) => b.id));
    expect(shard.blocks.texts).toEqual(RETOUR.blocks.map((b) => b.text));
    expect(shard.blocks.kinds).toBe('hphpphppp');
    expect(shard.blocks.numbers[1]).toBe('1');
    // b4 sits under "Droits de l’homme" (b3) under the title (b1).
    expect(shard.blocks.parents[3]).toBe(2);
    expect(shard.blocks.parents[2]).toBe(0);
    expect(shard.blocks.parents[0]).toBe(-1);
    expect(shard.blocks.headingLengths[3]).toBeGreaterThan(0);
  });

  it('round-trips through JSON and loads with lunr.Index.load with the same results as lunr’s own index', () => {
    for (const doc of [RETOUR, VULN]) {
      const stock = buildLunrIndex(doc);
      const loaded = loadLunrIndex(roundTrip(buildShard(doc)));
      for (const q of QUERIES) {
        const a = stock.search(q).map((r) => [r.ref, Math.round(r.score * 1000) / 1000]);
        const b = loaded.search(q).map((r) => [r.ref, Math.round(r.score * 1000) / 1000]);
        expect(b, `${doc.id}: ${q}`).toEqual(a);
      }
      // Not vacuous: the queries do find something.
      expect(loaded.search('retour').length).toBeGreaterThan(0);
    }
  });

  it('is smaller than lunr’s own serialization (texts excluded)', () => {
    const shard = buildShard(RETOUR);
    const lunrJson = JSON.stringify(buildLunrIndex(RETOUR));
    expect(shard.terms.length + shard.postings.length).toBeLessThan(lunrJson.length / 3);
  });
});

describe('checkShard', () => {
  const good = (): SerializedShard => roundTrip(buildShard(RETOUR));

  it('accepts a shard built by this version', () => {
    expect(() => checkShard(good())).not.toThrow();
  });

  it.each<[string, (s: SerializedShard) => unknown, RegExp]>([
    ['not an object', () => 42, /not an object/],
    ['another format', (s) => ({ ...s, format: 'lunr' }), /format is "lunr"/],
    ['another version', (s) => ({ ...s, version: 1 }), /version 1 is not supported/],
    ['an unknown language', (s) => ({ ...s, language: 'de' }), /language "de" is not one of fr, en, es/],
    ['bad pages', (s) => ({ ...s, blocks: { ...s.blocks, pages: [1] } }), /blocks.pages does not have one page/],
    ['another analyzer', (s) => ({ ...s, analyzer: 'stock-fr' }), /analyzer "stock-fr".*rebuild/],
    ['an unregistered pipeline function', (s) => ({ ...s, pipeline: ['stemmer-xx'] }), /unregistered function: stemmer-xx/],
    ['missing texts', (s) => ({ ...s, blocks: { ...s.blocks, texts: [] } }), /blocks.texts does not have one entry per block/],
    ['bad kinds', (s) => ({ ...s, blocks: { ...s.blocks, kinds: 'h' } }), /one letter per block/],
    ['a forward parent', (s) => ({ ...s, blocks: { ...s.blocks, parents: s.blocks.parents.map(() => 5) } }), /block 0 has an invalid parent/],
  ])('rejects %s with a message naming it', (_name, mutate, message) => {
    expect(() => checkShard(mutate(good()))).toThrow(message);
  });
});
