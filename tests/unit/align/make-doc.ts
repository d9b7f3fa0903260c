/** Hand-made structured documents for the alignment tests. */
import type { Block, StructuredDocument } from '../../../common/model';

/** A block spec: a string is a paragraph; `# text` is a heading. */
export type BlockSpec = string | { kind: Block['kind']; text: string; id?: string };

export function makeDoc(id: string, specs: BlockSpec[]): StructuredDocument {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let n = 0;
  for (const spec of specs) {
    const s = typeof spec === 'string' ? (spec.startsWith('# ') ? { kind: 'heading' as const, text: spec.slice(2) } : { kind: 'paragraph' as const, text: spec }) : spec;
    const bid = ('id' in s && s.id) || (s.kind === 'heading' ? `h-${++n}` : `p-${++n}`);
    blocks.push({ id: bid, kind: s.kind, text: s.text, md: s.text, headingPath: s.kind === 'heading' || !heading ? [] : [heading] });
    if (s.kind === 'heading') heading = bid;
  }
  return {
    id,
    source: `${id}.txt`,
    shortName: id,
    title: id,
    date: '2009-01-01',
    place: 'Genève',
    organizer: 'OIM',
    docType: 'other',
    language: 'fr',
    blocks,
    footnotes: [],
  };
}
