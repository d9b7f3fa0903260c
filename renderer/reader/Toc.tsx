/**
 * Table of contents from the document's headings, indented by level. The
 * section being read (the last heading above the top of the screen) is
 * marked with aria-current="location" as the reader scrolls, and kept in
 * view inside the list.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { hrefPassage } from '../router';
import { useViewActive } from '../app/view-active';

/** A heading counts as passed once its top is above this line (under the sticky header). */
const READING_LINE = 110;

export function Toc({ doc }: { doc: StructuredDocument }) {
  const { t } = useTranslation();
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const [current, setCurrent] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);

  // Off while its tab is hidden; worked out again when it is shown.
  const active = useViewActive();
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      let at: string | null = null;
      // Lower by the tab strip when it is there (it sticks under the header).
      const line = READING_LINE + (document.querySelector('.tabstrip')?.getBoundingClientRect().height ?? 0);
      for (const h of headings) {
        const el = navRef.current?.closest('.reader')?.querySelector(`[data-block-id="${CSS.escape(h.id)}"]`);
        if (!el) continue;
        if (el.getBoundingClientRect().top > line) break;
        at = h.id;
      }
      setCurrent(at);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // First worked out in the next frame, not here: measuring now would lay the whole document out before its first frame.
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
    // The headings are the document's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, active]);

  // Keep the current entry visible in the list (its own scroll only, never the window's).
  useEffect(() => {
    const nav = navRef.current;
    const link = nav?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!nav || !link) return;
    const n = nav.getBoundingClientRect();
    const l = link.getBoundingClientRect();
    if (l.top < n.top) nav.scrollTop -= n.top - l.top + 8;
    else if (l.bottom > n.bottom) nav.scrollTop += l.bottom - n.bottom + 8;
  }, [current]);

  return (
    <nav className="toc" id="reader-contents" aria-label={t('reader.toc')} ref={navRef}>
      {headings.length > 0 && <h2>{t('reader.toc')}</h2>}
      {headings.length > 0 && (
        <ol>
          {headings.map((h) => (
            <li key={h.id} data-level={h.level ?? 1}>
              <a href={hrefPassage(doc.id, h.id)} lang={doc.language} aria-current={current === h.id ? 'location' : undefined}>
                {h.label ? `${h.label} ` : ''}
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
