import { describe, expect, it } from 'vitest';
import type { SearchResult, StructuredDocument } from '../../../common/model';
import { buildShard, findMatches, SearchEngine, type SerializedShard } from '../../../common/search';
import { foldForMatch } from '../../../common/search/fold';
import { adjacencyPairs, PROXIMITY_BONUS, proximityBonus } from '../../../common/search/proximity';
import { loadLunrIndex } from '../../../common/search/shard';
import { entryOf, makeDoc, RETOUR, VULN } from './fixtures';

const viaJson = (s: SerializedShard): SerializedShard => JSON.parse(JSON.stringify(s)) as SerializedShard;

function engineOf(...docs: StructuredDocument[]): SearchEngine {
  const e = new SearchEngine();
  for (const d of docs) e.addShard(viaJson(buildShard(d)), entryOf(d));
  return e;
}

const ids = (r: SearchResult): string[] => r.hits.map((h) => `${h.docId}#${h.blockId}`);

describe('SearchEngine.search', () => {
  const engine = engineOf(RETOUR, VULN);

  it('ANDs the words and ranks the paragraph that says the thing first', () => {
    const r = engine.search('vulnérabilité enfants');
    // Both blocks have both words; b7 has them side by side ("vulnérabilité des enfants").
    expect(ids(r)).toEqual(['doc-retour#b7', 'doc-vuln#b2']);
    expect(r.total).toBe(2);
    expect(ids(engine.search('enfants vulnérabilité'))).toEqual(['doc-vuln#b2', 'doc-retour#b7']);
  });

  it.each([
    ['La migration de retour est essentielle.', ['migrat', 'retour'], 1],
    ['Les MIGRATIONS  du retour.', ['migrat', 'retour'], 1],
    ['vulnérabilités des enfants', ['vulner', 'enfant'], 1],
    ['vulnérabilité de l’enfant', ['vulner', 'enfant'], 1],
    ['le retour et la migration', ['migrat', 'retour'], 0],
    ['la migration, puis bien plus tard le retour', ['migrat', 'retour'], 0],
    ['droits de l’homme et migration', ['droit', 'homm', 'migrat'], 2],
    ['droits et migration de l’homme', ['droit', 'homm', 'migrat'], 0],
  ])('gives a proximity bonus to “%s” for %j: %i adjacent pair(s)', (text, sequence, adjacent) => {
    const pairs = adjacencyPairs(sequence);
    expect(proximityBonus(foldForMatch(text), pairs)).toBeCloseTo(1 + (PROXIMITY_BONUS * adjacent) / pairs.length);
  });

  it('finds the same passages with or without accents, and with either apostrophe', () => {
    expect(ids(engine.search('vulnerabilite des enfants'))).toEqual(ids(engine.search('vulnérabilité des enfants')));
    const curly = engine.search('droits de l’homme');
    const straight = engine.search("droits de l'homme");
    expect(ids(curly)).toEqual(ids(straight));
    expect(ids(curly).slice(0, 2)).toEqual(['doc-retour#b4', 'doc-retour#b5']);
  });

  it('never ranks a bare heading above the paragraphs under it', () => {
    const r = engine.search("droits de l'homme");
    const heading = ids(r).indexOf('doc-retour#b3');
    expect(heading).toBeGreaterThan(ids(r).indexOf('doc-retour#b4'));
    expect(heading).toBeGreaterThan(ids(r).indexOf('doc-retour#b5'));
    // A paragraph found only through its section heading still ranks above that heading.
    const under = engine.search('vulnérabilités femmes');
    expect(ids(under)[0]).toBe('doc-retour#b8');
  });

  it('checks "exact phrases" against the block text, accent-insensitively', () => {
    const r = engine.search('"droits de l\'homme"');
    expect(ids(r)).toEqual(['doc-retour#b4', 'doc-retour#b5', 'doc-retour#b3']);
    expect(r.phrases).toEqual(["droits de l'homme"]);
    // Words in the wrong order are not the phrase.
    expect(engine.search('"homme de droits"').total).toBe(0);
    // Curly quotes and no accents.
    expect(ids(engine.search('“migration sure”'))).toEqual(['doc-vuln#b4']);
  });

  it('excludes -words and -"phrases"', () => {
    expect(ids(engine.search("droits de l'homme -forcé"))).not.toContain('doc-retour#b5');
    expect(ids(engine.search("droits de l'homme -forcé"))).toContain('doc-retour#b4');
    expect(ids(engine.search('retour -"retour forcé"'))).not.toContain('doc-retour#b5');
    expect(ids(engine.search('retour -"retour forcé"'))).toContain('doc-retour#b2');
  });

  it('excludes on a block’s own text, not on the heading above it', () => {
    // b7 and b8 sit under the heading "Vulnérabilités"; only their text counts for -vulnérable.
    const r = engine.search('enfants -vulnérable');
    expect(ids(r)).not.toContain('doc-retour#b7');
    expect(engine.search('femmes -vulnérabilité').total).toBe(0);
    expect(ids(engine.search('durabilité -vulnérabilité'))).toContain('doc-retour#b9');
  });

  it('matches a prefix longer than the stem of the words it starts ("vulnérabili*")', () => {
    expect(ids(engine.search('vulnérabili*'))).toContain('doc-retour#b7');
    expect(ids(engine.search('réintégr*'))).toEqual(expect.arrayContaining(['doc-retour#b9', 'doc-vuln#b3']));
  });

  it('expands word* to every stem with that prefix', () => {
    const r = engine.search('vulnér*');
    expect(ids(r)).toEqual(expect.arrayContaining(['doc-vuln#b2', 'doc-retour#b7', 'doc-retour#b8']));
    expect(r.markTerms).toEqual(['vulner*']);
    expect(engine.search('zzz*').total).toBe(0);
  });

  it('corrects a word of five letters or more that finds nothing, and says so', () => {
    const r = engine.search('migrtion de retour');
    expect(r.correctedQuery).toBe('migration de retour');
    expect(ids(r)[0]).toBe('doc-retour#b2');
    const accented = engine.search('vulnérabilté');
    expect(accented.correctedQuery).toBe('vulnérabilité');
    expect(accented.total).toBeGreaterThan(0);
    // Known words and short words are left alone.
    expect(engine.search('migration').correctedQuery).toBeUndefined();
    expect(engine.search('rtour').correctedQuery).toBe('retour');
    expect(engine.search('rtor').correctedQuery).toBeUndefined();
    expect(engine.search('xqzwvk').total).toBe(0);
  });

  it('returns nothing for stop words alone or an empty query', () => {
    expect(engine.search('de la les').total).toBe(0);
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('-retour').total).toBe(0);
  });

  it('fills each hit: number, snippet, segments, section path', () => {
    const [hit] = engine.search('durabilité du retour', { docIds: ['doc-retour'] }).hits;
    expect(hit).toMatchObject({ docId: 'doc-retour', blockId: 'b9', number: '6' });
    expect(hit?.sectionPath).toEqual(['Gestion de la migration de retour', 'Vulnérabilités']);
    expect(hit?.segments?.filter((s) => s.match).map((s) => s.text)).toEqual(['durabilité', 'retour']);
    expect(hit?.segments?.map((s) => s.text).join('')).toBe(hit?.snippet);
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('gives markTerms that mark every match in the document', () => {
    const r = engine.search('vulnerabilite enfant');
    const text = RETOUR.blocks.map((b) => b.text).join('\n\n');
    const marked = findMatches(text, r).map(([s, e]) => text.slice(s, e));
    expect(marked).toEqual(['Vulnérabilités', 'vulnérabilité', 'enfants', 'vulnérables']);
  });

  it('scopes by docIds, years, docTypes and limits the hits', () => {
    expect(new Set(engine.search('retour', { docIds: ['doc-vuln'] }).hits.map((h) => h.docId))).toEqual(new Set(['doc-vuln']));
    expect(engine.search('retour', { years: [2008] }).hits.every((h) => h.docId === 'doc-retour')).toBe(true);
    expect(engine.search('retour', { docTypes: ['summary-of-conclusions'] }).hits.map((h) => h.docId)).toEqual(['doc-vuln']);
    expect(engine.search('retour', { years: [1999] }).total).toBe(0);
    const limited = engine.search('retour', { limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.total).toBeGreaterThan(2);
    expect(ids(limited)).toEqual(ids(engine.search('retour')).slice(0, 2));
  });

  it('scores a block the same whether searched alone or with the whole library', () => {
    const all = engine.search('retour durable');
    const scoped = engine.search('retour durable', { docIds: ['doc-vuln'] });
    const inAll = all.hits.find((h) => h.docId === 'doc-vuln' && h.blockId === 'b3');
    expect(inAll).toBeDefined();
    expect(scoped.hits[0]?.score).toBe(inAll?.score);
  });
});

describe('SearchEngine shards', () => {
  it('gives the same results from JSON round-tripped shards as from fresh ones', () => {
    const fresh = new SearchEngine();
    for (const d of [RETOUR, VULN]) fresh.addShard(buildShard(d), entryOf(d));
    const loaded = engineOf(RETOUR, VULN);
    for (const q of ['migration', 'vulnerabilite des enfants', '"droits de l’homme"', 'vulnér*', 'migrtion', 'retour -forcé']) {
      expect(loaded.search(q)).toEqual(fresh.search(q));
    }
  });

  it('ranks like lunr’s own index of a single document', () => {
    const engine = engineOf(VULN);
    const lunrIndex = loadLunrIndex(buildShard(VULN));
    for (const q of ['retour', 'migration', 'vulnérabilités']) {
      const ours = engine.search(q).hits.filter((h) => h.blockId !== 'b1').map((h) => h.blockId);
      const theirs = lunrIndex
        .search(q)
        .map((r) => VULN.blocks[Number(r.ref)]?.id)
        .filter((id) => id !== 'b1');
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(theirs);
    }
  });

  it('grows incrementally: a new document is found without rebuilding the others, and global statistics follow', () => {
    const engine = engineOf(RETOUR);
    const before = engine.search('retour').hits.find((h) => h.blockId === 'b2')?.score;
    expect(engine.search('coopération').total).toBe(0);
    engine.addShard(viaJson(buildShard(VULN)), entryOf(VULN));
    expect(engine.size).toBe(2);
    expect(ids(engine.search('coopération'))).toEqual(['doc-vuln#b4']);
    // "retour" is now in more blocks of the library: its idf, hence the score, went down.
    const after = engine.search('retour').hits.find((h) => h.docId === 'doc-retour' && h.blockId === 'b2')?.score;
    expect(after).toBeLessThan(before as number);
    // The typo vocabulary follows too.
    expect(engine.search('coopératoin').correctedQuery).toBe('coopération');
    engine.addShard(viaJson(buildShard(makeDoc('doc-new', [['paragraph', 'Les corridors humanitaires.']]))), entryOf(makeDoc('doc-new', [])));
    expect(engine.search('corridorrs').correctedQuery).toBe('corridors');
  });

  it('finds a correction that only a small document has, beyond the typo sample of large ones', () => {
    const engine = new SearchEngine();
    const filler = Array.from({ length: 60 }, (_, i) => `mot${i}a`).join(' ');
    for (let i = 0; i < 40; i++) {
      const d = makeDoc(`big-${i}`, [['paragraph', `${filler} texte commun numéro ${i}`]]);
      engine.addShard(buildShard(d), entryOf(d));
    }
    const small = makeDoc('small', [['paragraph', 'Les corridors humanitaires.']]);
    engine.addShard(buildShard(small), entryOf(small));
    const r = engine.search('corridorrs');
    expect(r.correctedQuery).toBe('corridors');
    expect(ids(r)).toEqual(['small#b1']);
  });

  it('replaces a document’s shard when it is added again, and can remove it', () => {
    const engine = engineOf(RETOUR, VULN);
    const v2 = makeDoc('doc-vuln', [['paragraph', 'Texte entièrement nouveau sur la résilience.']], { date: '2017-07-18' });
    engine.addShard(buildShard(v2), entryOf(v2));
    expect(engine.size).toBe(2);
    expect(engine.search('coopération').total).toBe(0);
    expect(ids(engine.search('résilience'))).toEqual(['doc-vuln#b1']);
    expect(engine.removeShard('doc-vuln')).toBe(true);
    expect(engine.search('résilience').total).toBe(0);
    expect(engine.removeShard('doc-vuln')).toBe(false);
  });

  it('rejects a shard that does not match its catalog entry or was built by another analyzer', () => {
    const engine = new SearchEngine();
    expect(() => engine.addShard(buildShard(RETOUR), entryOf(VULN))).toThrow(/shard is for "doc-retour" but the catalog entry is "doc-vuln"/);
    expect(() => engine.addShard({ ...buildShard(RETOUR), analyzer: 'old' }, entryOf(RETOUR))).toThrow(/rebuild the index/);
    expect(engine.size).toBe(0);
  });
});
