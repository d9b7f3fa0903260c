/**
 * JSON export: the complete annotations as a W3C Web Annotation
 * AnnotationCollection (JSON-LD), so any Web Annotation tool can read them and
 * Plenary can read them back with nothing lost.
 *
 * Mapping (W3C Web Annotation Data Model):
 * - `id`: `urn:plenary:annotation:<id>`; `created`, `modified`;
 *   `creator`: `{ type: "Person", name }` when the author is known.
 * - `target`: `{ source: "urn:plenary:doc:<docId>", selector: [TextQuoteSelector, TextPositionSelector] }`.
 *   Positions are Unicode code points into the document's plain text (blocks
 *   joined by "\n\n"). Both selectors describe the same segment, as the model
 *   requires of a selector list.
 * - `body`: the note as a `TextualBody` (format text/markdown, purpose
 *   commenting); each tag as a `TextualBody` with purpose tagging.
 * - `motivation`: commenting when there is a note, otherwise highlighting.
 * - `language`: on each body, the language the delegate writes in (the
 *   export's language); on the target, the document's language.
 * - The collection has an `id` and holds its annotations in one embedded
 *   first `AnnotationPage` (W3C model §5), which the W3C test suite requires.
 *
 * Plenary extension terms (prefix `plenary:` = `urn:plenary:vocab#`):
 * - `plenary:color` (on an Annotation): the highlight colour id, one of
 *   yellow, green, red, blue, purple.
 * - `plenary:blockId` (on the target): the id of the block the selection
 *   starts in. Kept out of the selector list on purpose: a FragmentSelector
 *   for the block would describe the whole block, not the same segment, and a
 *   refinement would make the positions block-relative.
 * - `plenary:deleted` (on an Annotation): when it was moved to the Trash;
 *   only present when trashed annotations are exported.
 * - `plenary:legend` (on the collection, a JSON literal): colour id → meaning.
 */
import type { Annotation, Legend } from '../model';

export const PLENARY_VOCAB = 'urn:plenary:vocab#';
export const ANNOTATION_URN = 'urn:plenary:annotation:';
export const DOC_URN = 'urn:plenary:doc:';
export const COLLECTION_URN = 'urn:plenary:collection:';

export const JSONLD_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    '@version': 1.1,
    plenary: PLENARY_VOCAB,
    'plenary:legend': { '@type': '@json' },
  },
] as const;

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
  language?: string;
}

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body?: W3CTextualBody[];
  target: {
    source: string;
    language?: string;
    'plenary:blockId': string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'plenary:color': string;
  'plenary:deleted'?: string;
}

export interface W3CPage {
  id: string;
  type: 'AnnotationPage';
  /** The collection, described as the model's example does: an object, not a bare link. */
  partOf: { id: string; total: number };
  startIndex: 0;
  items: W3CAnnotation[];
}

export interface W3CCollection {
  '@context': typeof JSONLD_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  generator: { type: 'Software'; name: string };
  generated?: string;
  total: number;
  'plenary:legend'?: Legend;
  /** Absent when the collection is empty (the model allows no page then). */
  first?: W3CPage;
}

export interface WebAnnotationOptions {
  legend?: Legend;
  label?: string;
  /** ISO date-time of the export; passed in so that output is reproducible. */
  generated?: string;
  includeDeleted?: boolean;
  /** The collection's URI; by default derived from `generated`. */
  id?: string;
  /** BCP 47 tag of the notes and tags (the delegate's language). */
  noteLanguage?: string;
  /** Document id → BCP 47 tag of the document's text. */
  docLanguages?: Readonly<Record<string, string>>;
}

export interface AnnotationLanguages {
  note?: string;
  target?: string;
}

export function annotationToW3C(a: Annotation, lang: AnnotationLanguages = {}): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  const bodyLang = lang.note ? { language: lang.note } : {};
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting', ...bodyLang });
  for (const t of a.tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging', ...bodyLang });
  return {
    id: ANNOTATION_URN + a.id,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    ...(a.author ? { creator: { type: 'Person' as const, name: a.author } } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: DOC_URN + a.docId,
      ...(lang.target ? { language: lang.target } : {}),
      'plenary:blockId': a.blockId,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
    'plenary:color': a.color,
    ...(a.deleted ? { 'plenary:deleted': a.deleted } : {}),
  };
}

export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  options: WebAnnotationOptions = {},
): W3CCollection {
  const items = annotations
    .filter((a) => options.includeDeleted || !a.deleted)
    .map((a) => {
      const target = options.docLanguages?.[a.docId];
      return annotationToW3C(a, { ...(options.noteLanguage ? { note: options.noteLanguage } : {}), ...(target ? { target } : {}) });
    });
  const id = options.id ?? `${COLLECTION_URN}${options.generated ?? 'undated'}`;
  return {
    '@context': JSONLD_CONTEXT,
    id,
    type: 'AnnotationCollection',
    ...(options.label ? { label: options.label } : {}),
    generator: { type: 'Software', name: 'Plenary' },
    ...(options.generated ? { generated: options.generated } : {}),
    total: items.length,
    ...(options.legend ? { 'plenary:legend': options.legend } : {}),
    ...(items.length ? { first: { id: `${id}#page-1`, type: 'AnnotationPage' as const, partOf: { id, total: items.length }, startIndex: 0 as const, items } } : {}),
  };
}

export function toJson(annotations: readonly Annotation[], options: WebAnnotationOptions = {}): string {
  return JSON.stringify(toWebAnnotationCollection(annotations, options), null, 2) + '\n';
}
