/**
 * Documents for the anchoring tests: hand-made ones (repeated phrases,
 * astral characters, emphasis, footnote references) and, once ingestion and
 * corpus/catalog.json exist, the five real documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Block, Footnote, StructuredDocument } from '../../../common/model';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type HandBlock = Pick<Block, 'id' | 'kind' | 'text' | 'md'> & { footnoteRefs?: string[] };

function handDoc(id: string, blocks: HandBlock[], footnotes: Footnote[] = []): StructuredDocument {
  return {
    id,
    source: `${id}.txt`,
    shortName: id,
    title: `Hand-made ${id}`,
    date: '2024-01-01',
    place: 'Genève',
    organizer: 'OIM',
    docType: 'other',
    language: 'fr',
    blocks: blocks.map((b) => ({ ...b, headingPath: [] })),
    footnotes,
  };
}

export const HAND_DOCS: StructuredDocument[] = [
  handDoc(
    'hand-1',
    [
      { id: 'h-1', kind: 'heading', text: 'I. Introduction', md: 'I. Introduction' },
      {
        id: 'p-1',
        kind: 'paragraph',
        text: 'Les auditions informelles interactives de l’Assemblée générale se sont tenues le 15 juillet 2013, conformément à la résolution 67/219.',
        md: 'Les auditions *informelles* interactives de l’Assemblée générale[^fn-1] se sont tenues le 15 juillet 2013, conformément à la **résolution 67/219**.',
        footnoteRefs: ['fn-1'],
      },
      {
        id: 'p-2',
        kind: 'paragraph',
        text: 'L’Assemblée générale a rappelé que la migration de retour doit être volontaire. L’Assemblée générale a aussi noté que la migration de retour exige une coopération internationale.',
        md: 'L’Assemblée générale a rappelé que la migration de retour doit être *volontaire*. L’Assemblée générale a aussi noté que la migration de retour exige une coopération internationale.[^fn-2]',
        footnoteRefs: ['fn-2'],
      },
      {
        id: 'p-3',
        kind: 'paragraph',
        text: 'Le symbole 𝔐 désigne les migrants ; le globe 🌍 la planète, et 🌍 revient deux fois.',
        md: 'Le symbole 𝔐 désigne les migrants ; le globe 🌍 la *planète*, et 🌍 revient deux fois.',
      },
      { id: 'li-1', kind: 'list-item', text: 'Droits de l’homme et migration', md: '**Droits de l’homme** et migration' },
      { id: 'li-2', kind: 'list-item', text: 'Droits de l’homme et migration', md: 'Droits de l’homme et *migration*' },
      {
        id: 'p-4',
        kind: 'paragraph',
        text: 'Les États Membres sont invités à renforcer la coopération internationale en matière de migration de retour, de réadmission et de réintégration durable.',
        md: 'Les États Membres sont invités à renforcer la coopération internationale en matière de migration de retour, de réadmission et de réintégration durable.',
      },
    ],
    [
      { id: 'fn-1', mark: '1', text: 'Résolution 67/219.', md: 'Résolution 67/219.', refBlockId: 'p-1' },
      { id: 'fn-2', mark: '*', text: 'Voir IC/2009/1.', md: 'Voir IC/2009/1.', refBlockId: 'p-2' },
    ],
  ),
  handDoc('hand-2', [
    { id: 'b-1', kind: 'paragraph', text: 'a', md: 'a' },
    { id: 'b-2', kind: 'paragraph', text: 'a a a a', md: 'a a a a' },
    { id: 'b-3', kind: 'paragraph', text: '𝔐𝔐𝔐', md: '𝔐𝔐𝔐' },
    { id: 'b-4', kind: 'quote', text: 'Texte cité « entre guillemets » — et tiret.', md: 'Texte cité « entre guillemets » — et tiret.' },
  ]),
];

export interface CorpusDocs {
  docs: StructuredDocument[];
  /** Why the real documents are missing, when they are. */
  missing?: string;
}

/** The real corpus through the real ingestion, or why it is not available yet. */
export async function loadCorpus(): Promise<CorpusDocs> {
  const catalogPath = path.join(ROOT, 'corpus/catalog.json');
  if (!fs.existsSync(catalogPath)) return { docs: [], missing: 'corpus/catalog.json does not exist yet' };
  const { ingestDocument } = await import('../../../common/ingest');
  const { CatalogEntrySchema } = await import('../../../common/model');
  const catalog = CatalogEntrySchema.array().parse(JSON.parse(fs.readFileSync(catalogPath, 'utf8')));
  const docs = catalog.map(
    (entry) => ingestDocument(entry, fs.readFileSync(path.join(ROOT, 'corpus/sources', entry.source), 'utf8')).doc,
  );
  return { docs };
}
