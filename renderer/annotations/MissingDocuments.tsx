/**
 * Annotations whose document is no longer in the library (removed, or a data
 * folder moved from another installation). They are never dropped: the
 * Notebook lists them here, one group per missing document, with their
 * quotes and notes, so they can still be read, edited, deleted and exported
 * (the Export button covers whatever the Notebook shows). Nothing here loads
 * the document: there is none to load.
 */
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';
import { AnnotationCard } from './AnnotationCard';

/** Groups the annotations of documents outside `known`, by document id, in id order. */
export function missingGroups(list: readonly Annotation[], known: ReadonlySet<string>): [string, Annotation[]][] {
  const groups = new Map<string, Annotation[]>();
  for (const a of list) {
    if (known.has(a.docId)) continue;
    const group = groups.get(a.docId);
    if (group) group.push(a);
    else groups.set(a.docId, [a]);
  }
  return [...groups.entries()].sort(([x], [y]) => x.localeCompare(y));
}

export function MissingDocuments(props: { groups: [string, Annotation[]][] }) {
  const { t } = useTranslation();
  return (
    <>
      {props.groups.map(([docId, list]) => {
        const headingId = `missing-${docId}`;
        return (
          <section key={docId} className="missing-doc" role="region" aria-labelledby={headingId}>
            <h2 id={headingId}>{t('missingDocs.group', { docId })}</h2>
            <p className="missing-doc-hint">{t('missingDocs.hint', { count: list.length })}</p>
            <ul className="ann-list">
              {list.map((a) => (
                <AnnotationCard key={a.id} annotation={a} citation={docId} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
