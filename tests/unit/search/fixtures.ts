/**
 * Hand-made StructuredDocuments for the search unit tests: small, but with
 * the shapes the real corpus has (nested headings, numbered paragraphs,
 * curly apostrophes, ligatures, unaccented capitals).
 */
import type { Block, CatalogEntry, DocType, StructuredDocument } from '../../../common/model';

type BlockSpec = [kind: Block['kind'], text: string, opts?: { number?: string; level?: number; id?: string }];

export function makeDoc(
  id: string,
  specs: BlockSpec[],
  meta: { date?: string; docType?: DocType; title?: string } = {},
): StructuredDocument {
  const blocks: Block[] = [];
  const stack: Array<{ id: string; level: number }> = [];
  specs.forEach(([kind, text, opts], i) => {
    const bid = opts?.id ?? `b${i + 1}`;
    if (kind === 'heading') {
      const level = opts?.level ?? 1;
      while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
      blocks.push({ id: bid, kind, text, md: text, level, headingPath: stack.map((h) => h.id) });
      stack.push({ id: bid, level });
    } else {
      const b: Block = { id: bid, kind, text, md: text, headingPath: stack.map((h) => h.id) };
      if (opts?.number) b.number = opts.number;
      blocks.push(b);
    }
  });
  return { ...entryFor(id, meta), blocks, footnotes: [] };
}

export function entryFor(id: string, meta: { date?: string; docType?: DocType; title?: string } = {}): CatalogEntry {
  return {
    id,
    source: `${id}.txt`,
    shortName: id,
    title: meta.title ?? `Document ${id}`,
    date: meta.date ?? '2009-02-10',
    place: 'Genève',
    organizer: 'OIM',
    docType: meta.docType ?? 'working-paper',
    language: 'fr',
  };
}

export function entryOf(doc: StructuredDocument): CatalogEntry {
  const { blocks: _b, footnotes: _f, ...entry } = doc;
  return entry;
}

/** A small "return migration" paper. */
export const RETOUR = makeDoc(
  'doc-retour',
  [
    ['heading', 'Gestion de la migration de retour', { level: 1 }],
    ['paragraph', 'La migration de retour n’est un phénomène ni secondaire ni accessoire.', { number: '1' }],
    ['heading', 'Droits de l’homme', { level: 2 }],
    ['paragraph', 'Le respect des droits de l’homme des migrants qui rentrent dans leur pays est essentiel.', { number: '2' }],
    ['paragraph', "Les Etats doivent protéger les droits de l'homme, y compris lors du retour forcé.", { number: '3' }],
    ['heading', 'Vulnérabilités', { level: 2 }],
    ['paragraph', 'La vulnérabilité des enfants migrants appelle une protection particulière.', { number: '4' }],
    ['paragraph', 'Les personnes vulnérables, notamment les femmes, doivent être identifiées.', { number: '5' }],
    ['paragraph', 'La durabilité du retour dépend de la réintégration et de la main-d’œuvre locale.', { number: '6' }],
  ],
  { date: '2008-04-21', docType: 'working-paper' },
);

/** A small "vulnerabilities" summary, with the same words in a different year. */
export const VULN = makeDoc(
  'doc-vuln',
  [
    ['heading', 'Comprendre les vulnérabilités des migrants', { level: 1 }],
    ['paragraph', 'Les enfants non accompagnés sont exposés à des vulnérabilités multiples.', { number: '1' }],
    ['paragraph', 'Un retour durable suppose des politiques de réintégration cohérentes.', { number: '2' }],
    ['paragraph', 'La coopération internationale reste la clé d’une migration sûre.', { number: '3' }],
  ],
  { date: '2017-07-18', docType: 'summary-of-conclusions' },
);
