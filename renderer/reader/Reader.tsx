/**
 * The reader: title header, table of contents, the document body, and the
 * match bar for search marks and find-in-document.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { call } from '../api';
import type { Route } from '../router';
import { DocHeader } from './DocHeader';
import { DocumentBody, paraDomId } from './DocumentBody';
import { MatchBar } from './MatchBar';
import { Toc } from './Toc';

type DocRoute = Extract<Route, { view: 'doc' }>;

export function Reader({ route }: { route: DocRoute }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<StructuredDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    call('getDocument', route.docId)
      .then((d) => live && setDoc(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [route.docId]);

  const scrollToTarget = useCallback(() => {
    const root = bodyRef.current;
    if (!root || !doc) return;
    let el: HTMLElement | null = null;
    if (route.para) el = root.querySelector(`#${CSS.escape(paraDomId(route.para))}`);
    else if (route.blockId) el = root.querySelector(`[data-block-id="${CSS.escape(route.blockId)}"]`);
    root.querySelectorAll('.target').forEach((n) => n.classList.remove('target'));
    if (el) {
      el.classList.add('target');
      el.scrollIntoView({ block: 'center' });
    } else if (route.para || route.blockId) {
      setError(t('reader.noSuchPassage', { target: route.para ?? route.blockId }));
    }
  }, [doc, route.para, route.blockId, t]);

  useEffect(scrollToTarget, [scrollToTarget]);

  // In-document links (footnotes and back-links) must not change the route.
  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as Element).closest('a');
    const href = a?.getAttribute('href');
    if (a && href && href.startsWith('#') && !href.startsWith('#/')) {
      e.preventDefault();
      const target = document.getElementById(href.slice(1));
      target?.scrollIntoView({ block: 'center' });
      (target?.querySelector('a') ?? target)?.focus?.();
    }
  };

  if (error && !doc) return <p role="alert" className="error">{error}</p>;
  if (!doc) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className="reader" data-ready="true">
      <Toc doc={doc} />
      <article className="doc" ref={bodyRef} onClick={onClick} aria-labelledby="doc-title">
        <DocHeader doc={doc} />
        {error && <p role="alert" className="error">{error}</p>}
        <MatchBar doc={doc} rootRef={bodyRef} />
        <DocumentBody doc={doc} notesLabel={t('reader.notes')} />
      </article>
    </div>
  );
}
