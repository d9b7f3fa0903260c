import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../common/model';
import { formatDate } from '../format';
import { OpenOriginal } from '../library/OpenOriginal';

/** The clean title block made from the document's metadata. */
export function DocHeader({ doc }: { doc: CatalogEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="doc-header" lang={doc.language}>
      {doc.organizer && <p className="doc-org">{doc.organizer}</p>}
      {doc.symbol && <p className="doc-symbol">{doc.symbol}</p>}
      <h1 id="doc-title">{doc.title}</h1>
      {doc.subtitle && <p className="doc-subtitle">{doc.subtitle}</p>}
      <p className="doc-dateline" lang={i18n.language}>
        {[t(`docType.${doc.docType}`), doc.place, formatDate(doc.date, i18n.language)].filter(Boolean).join(' · ')}
      </p>
      {doc.header?.map((line) => (
        <p key={line} className="doc-header-line">
          {line}
        </p>
      ))}
      <OpenOriginal doc={doc} />
    </header>
  );
}
