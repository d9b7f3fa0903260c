/**
 * Quick jumps in the reader, made for meetings: "G" or Ctrl+G / Cmd+G (and
 * the Go menu's "Go to Paragraph…") ask for a paragraph number in the
 * command palette; "]" and "[" go to the next and previous highlight from
 * where the reader is, announced as "Highlight 3 of 12" (and, when they wrap
 * from the last to the first, with a toast saying so). In meeting mode,
 * where the annotations panel is hidden, a small toolbar offers the same: a
 * paragraph field and previous / next highlight buttons.
 */
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { request } from '../app/requests';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { typingOrModal, useKeydown, useMenuAction } from '../app/useWindowEvent';
import { highlightStarts, stepHighlight, type HighlightStart } from './highlight-steps';
import { findParagraph, goToParagraph } from './paragraphs';
import { scrollIntoViewSettled } from './scroll-settle';

const onScreen = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
};

/** Outlines every mark of highlight `id`, restarting the flash if it is already showing. */
function flash(root: Element, id: string) {
  const marks = root.querySelectorAll('mark.hl.jumped');
  for (const m of marks) m.classList.remove('jumped');
  if (marks.length) void (root as HTMLElement).offsetWidth;
  for (const m of root.querySelectorAll(`mark.hl[data-annotation-ids~="${CSS.escape(id)}"]`)) m.classList.add('jumped');
}

export function QuickJumps({ doc, rootRef, paintAll }: { doc: StructuredDocument; rootRef: RefObject<HTMLElement | null>; paintAll(): void }) {
  const { t } = useTranslation();
  const { settings, announce } = useAppState();
  const last = useRef<HighlightStart | null>(null);
  const paraRef = useRef<HTMLInputElement>(null);
  const [para, setPara] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const say = (text: string, error = false) => {
    announce(text);
    setStatus({ text, error });
  };

  /** Goes to the next (1) or previous (-1) highlight; the keys move focus onto it, the buttons keep it. */
  const jump = (dir: 1 | -1, focus: boolean) => {
    const root = rootRef.current;
    if (!root) return;
    paintAll(); // every highlight counts, also those not painted yet
    const starts = highlightStarts(root);
    if (starts.length === 0) return say(t('quick.noHighlights'));
    const from = last.current && last.current.mark.isConnected && onScreen(last.current.mark) ? starts.findIndex((h) => h.id === last.current!.id) : -1;
    const tops = starts.map((h) => h.mark.getBoundingClientRect().top);
    const i = stepHighlight(tops, window.innerHeight, from, dir);
    const { id, mark } = starts[i]!;
    // Going past the last highlight to the first (or back past the first to the last) is said, not silent.
    const middle = window.innerHeight / 2;
    const wrapped =
      from >= 0 ? (dir === 1 ? i <= from : i >= from) : dir === 1 ? tops[i]! < middle : tops[i]! >= middle;
    last.current = starts[i]!;
    scrollIntoViewSettled(mark, 'center');
    flash(root, id);
    if (focus) {
      // A highlight's first mark is in the Tab order already; another piece is made focusable for the moment.
      if (!mark.hasAttribute('tabindex')) {
        mark.tabIndex = -1;
        mark.addEventListener('blur', () => mark.removeAttribute('tabindex'), { once: true });
      }
      mark.focus({ preventScroll: true });
    }
    const position = t('quick.position', { current: i + 1, total: starts.length });
    if (wrapped && starts.length > 1) {
      const note = dir === 1 ? t('reading.wrappedFirst') : t('reading.wrappedLast');
      say(`${position}. ${note}`);
      toast(note);
    } else say(position);
  };

  const askParagraph = () => request('plenary:palette', '§ ');

  useKeydown((e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'g') {
      e.preventDefault();
      askParagraph();
      return;
    }
    // AltGr (Ctrl+Alt) types "[" and "]" on many layouts, French among them.
    if (typingOrModal(e) || e.metaKey || e.ctrlKey !== e.altKey) return;
    if (e.key === 'g' || e.key === 'G') askParagraph();
    else if (e.key === ']') jump(1, true);
    else if (e.key === '[') jump(-1, true);
    else return;
    e.preventDefault();
  });
  useMenuAction((action) => {
    if (action === 'go-to-paragraph') askParagraph();
  });

  const goTo = (e: FormEvent) => {
    e.preventDefault();
    if (!para.trim()) return;
    const block = findParagraph(doc, para);
    if (!block) return say(t('quick.noParagraph', { n: para.trim() }), true);
    setStatus(null);
    goToParagraph(doc.id, block);
    // Ready for the next number.
    paraRef.current?.select();
  };

  if (!settings.meetingMode) return null;
  return (
    <div className="quick-jumps" role="group" aria-label={t('quick.label')}>
      <form className="quick-para" onSubmit={goTo}>
        <label htmlFor="quick-para">{t('quick.paragraph')}</label>
        <input
          ref={paraRef}
          id="quick-para"
          value={para}
          size={4}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={status?.error ? true : undefined}
          aria-describedby={status?.error ? 'quick-status' : undefined}
          onChange={(e) => setPara(e.target.value)}
          onFocus={(e) => e.target.select()}
        />
        <button type="submit">{t('quick.go')}</button>
      </form>
      <span className="quick-highlights">
        <span aria-hidden="true">{t('quick.highlights')}</span>
        <button type="button" onClick={() => jump(-1, false)} aria-label={t('quick.previous')} title={`${t('quick.previous')} ([)`}>
          ↑
        </button>
        <button type="button" onClick={() => jump(1, false)} aria-label={t('quick.next')} title={`${t('quick.next')} (])`}>
          ↓
        </button>
      </span>
      {status && (
        <span id="quick-status" className={status.error ? 'quick-status invalid' : 'quick-status'}>
          {status.text}
        </span>
      )}
    </div>
  );
}
