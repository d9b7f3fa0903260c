import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { hrefPassage } from '../router';

/** Table of contents from the document's headings, indented by level. */
export function Toc({ doc }: { doc: StructuredDocument }) {
  const { t } = useTranslation();
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  if (headings.length === 0) return <nav className="toc" aria-label={t('reader.toc')} />;
  return (
    <nav className="toc" aria-label={t('reader.toc')}>
      <h2>{t('reader.toc')}</h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} data-level={h.level ?? 1}>
            <a href={hrefPassage(doc.id, h.id)} lang={doc.language}>
              {h.label ? `${h.label} ` : ''}
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
