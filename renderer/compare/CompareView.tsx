/**
 * Two documents side by side (#/compare/<left>/<right>): passages aligned by
 * the same French analysis as search, linked in the gutter, counterparts
 * marked when a passage is picked, a word-level redline for close pairs, and
 * scrolling kept in step along the alignment. Keyboard: F6 switches panes,
 * Alt+↓ / Alt+↑ jump to the next / previous aligned pair, Alt+S toggles sync.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alignment } from '../../common/align';
import { isClose, wordDiff } from '../../common/align';
import { call } from '../api';
import { useAppState } from '../app/state';
import { useKeydown } from '../app/useWindowEvent';
import { useDocument } from '../docs';
import { hrefCompare, navigate, type Route } from '../router';
import { CompareExport } from './CompareExport';
import { ComparePane } from './ComparePane';
import { mapScroll } from './sync';

type CompareRoute = Extract<Route, { view: 'compare' }>;
type Side = 'left' | 'right';

const blockEl = (pane: HTMLElement | null, id: string) => pane?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(id)}"]`) ?? null;
const topIn = (pane: HTMLElement, el: HTMLElement) => el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;

export function CompareView({ route }: { route: CompareRoute }) {
  const { t } = useTranslation();
  const { catalog, announce } = useAppState();
  const left = useDocument(route.left);
  const right = useDocument(route.right);
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sync, setSync] = useState(true);
  const [active, setActive] = useState<Side>('left');
  const [picked, setPicked] = useState<{ side: Side; id: string } | null>(null);
  const [pairIndex, setPairIndex] = useState(-1);
  const [split, setSplit] = useState(50);
  const panes = { left: useRef<HTMLDivElement>(null), right: useRef<HTMLDivElement>(null) };
  const driving = useRef<Side | null>(null);
  // Programmatic jumps (picking a passage) must not drag the other pane along.
  const quietUntil = useRef(0);
  const quiet = () => (quietUntil.current = performance.now() + 400);

  useEffect(() => {
    let live = true;
    setAlignment(null);
    call('alignDocuments', route.left, route.right).then(
      (a) => live && setAlignment(a),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [route.left, route.right]);

  // Gutter markers: every aligned passage is numbered by its pair, on both sides.
  useEffect(() => {
    if (!alignment || !left.doc || !right.doc) return;
    const added: HTMLElement[] = [];
    alignment.pairs.forEach((p, i) => {
      for (const [side, id] of [['left', p.leftId], ['right', p.rightId]] as const) {
        const el = blockEl(panes[side].current, id);
        if (!el) continue;
        el.classList.add('aligned');
        const existing = el.dataset.pairs ? `${el.dataset.pairs},` : '';
        el.dataset.pairs = existing + (i + 1);
        added.push(el);
      }
    });
    return () => added.forEach((el) => (el.classList.remove('aligned'), delete el.dataset.pairs));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alignment, left.doc, right.doc]);

  const counterparts = useMemo(() => {
    if (!alignment || !picked) return [];
    const map = picked.side === 'left' ? alignment.leftToRight : alignment.rightToLeft;
    return (map[picked.id] ?? []).filter((m) => m.score >= alignment.threshold);
  }, [alignment, picked]);

  // Mark the picked passage and its counterparts; bring the best one into view.
  useEffect(() => {
    if (!picked) return;
    const other: Side = picked.side === 'left' ? 'right' : 'left';
    const mine = blockEl(panes[picked.side].current, picked.id);
    const theirs = counterparts.map((m) => blockEl(panes[other].current, m.id)).filter((x): x is HTMLElement => !!x);
    mine?.classList.add('picked');
    theirs.forEach((el) => el.classList.add('counterpart'));
    if (theirs[0]) {
      quiet();
      theirs[0].scrollIntoView({ block: 'center' });
    }
    announce(t('compare.counterparts', { count: theirs.length }));
    return () => {
      mine?.classList.remove('picked');
      theirs.forEach((el) => el.classList.remove('counterpart'));
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked, counterparts]);

  // Open at the passages a "Related passages" link asked for.
  useEffect(() => {
    if (route.leftBlock && alignment && left.doc && right.doc) {
      blockEl(panes.left.current, route.leftBlock)?.scrollIntoView({ block: 'center' });
      blockEl(panes.right.current, route.rightBlock!)?.classList.add('counterpart');
      quiet();
      blockEl(panes.right.current, route.rightBlock!)?.scrollIntoView({ block: 'center' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route.leftBlock, route.rightBlock, alignment, left.doc, right.doc]);

  const onScroll = useCallback(
    (from: Side) => {
      if (!sync || !alignment || performance.now() < quietUntil.current) return;
      if (driving.current && driving.current !== from) return; // this scroll was ours
      const to: Side = from === 'left' ? 'right' : 'left';
      const a = panes[from].current;
      const b = panes[to].current;
      if (!a || !b) return;
      const anchors = alignment.spine.flatMap((p) => {
        const ea = blockEl(a, from === 'left' ? p.leftId : p.rightId);
        const eb = blockEl(b, from === 'left' ? p.rightId : p.leftId);
        return ea && eb ? [{ from: topIn(a, ea), to: topIn(b, eb) }] : [];
      });
      driving.current = from;
      b.scrollTop = mapScroll(a.scrollTop, anchors, a.scrollHeight - a.clientHeight, b.scrollHeight - b.clientHeight);
      requestAnimationFrame(() => requestAnimationFrame(() => (driving.current = null)));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sync, alignment],
  );

  const jump = useCallback(
    (delta: number) => {
      if (!alignment || alignment.pairs.length === 0) return;
      const n = alignment.pairs.length;
      const i = (pairIndex + delta + n) % n;
      setPairIndex(i);
      const p = alignment.pairs[i]!;
      quiet();
      setPicked({ side: 'left', id: p.leftId });
      blockEl(panes.left.current, p.leftId)?.scrollIntoView({ block: 'center' });
      announce(t('compare.pairPosition', { current: i + 1, total: n }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [alignment, pairIndex],
  );

  useKeydown((e) => {
    if (e.key === 'F6') {
      e.preventDefault();
      const next: Side = active === 'left' ? 'right' : 'left';
      setActive(next);
      panes[next].current?.focus();
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      jump(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.altKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      setSync((s) => !s);
    }
  });

  const diff = useMemo(() => {
    if (!picked || !counterparts[0] || !left.doc || !right.doc) return null;
    const lId = picked.side === 'left' ? picked.id : counterparts[0].id;
    const rId = picked.side === 'left' ? counterparts[0].id : picked.id;
    const a = left.doc.blocks.find((b) => b.id === lId)?.text ?? '';
    const b = right.doc.blocks.find((x) => x.id === rId)?.text ?? '';
    return isClose(a, b) ? wordDiff(a, b) : null;
  }, [picked, counterparts, left.doc, right.doc]);

  const err = error ?? left.error ?? right.error;
  const ids = catalog.map((e) => e.id);
  return (
    <section className="compare" aria-label={t('compare.title')} data-ready={alignment && left.doc && right.doc ? 'true' : 'false'}>
      <div className="compare-bar">
        <h1 className="sr-only">{t('compare.title')}</h1>
        {(['left', 'right'] as const).map((side) => (
          <label key={side}>
            {t(side === 'left' ? 'compare.left' : 'compare.right')}
            <select
              value={side === 'left' ? route.left : route.right}
              onChange={(e) => navigate(side === 'left' ? hrefCompare(e.target.value, route.right) : hrefCompare(route.left, e.target.value))}
            >
              {ids.map((id) => (
                <option key={id} value={id}>
                  {catalog.find((c) => c.id === id)!.shortName}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
          {t('compare.sync')}
        </label>
        <button type="button" onClick={() => jump(-1)} aria-label={t('compare.prevPair')}>
          ↑
        </button>
        <button type="button" onClick={() => jump(1)} aria-label={t('compare.nextPair')}>
          ↓
        </button>
        <span className="compare-count">{alignment ? t('compare.pairs', { count: alignment.pairs.length }) : t('app.loading')}</span>
        <CompareExport left={route.left} right={route.right} />
        <span className="hint">{t('compare.keys')}</span>
      </div>
      {err && (
        <p role="alert" className="error">
          {err}
        </p>
      )}
      <div className="compare-panes" style={{ gridTemplateColumns: `${split}fr 0.6rem ${100 - split}fr` }}>
        {left.doc && (
          <ComparePane ref={panes.left} doc={left.doc} side="left" active={active === 'left'} onFocus={() => setActive('left')} onScroll={() => onScroll('left')} onPick={(id) => setPicked({ side: 'left', id })} />
        )}
        <div
          className="splitter"
          role="separator"
          aria-orientation="vertical"
          aria-label={t('compare.resize')}
          aria-valuenow={split}
          aria-valuemin={20}
          aria-valuemax={80}
          tabIndex={0}
          onKeyDown={(e) => {
            if (e.key === 'ArrowLeft') setSplit((s) => Math.max(20, s - 5));
            if (e.key === 'ArrowRight') setSplit((s) => Math.min(80, s + 5));
          }}
          onPointerDown={(e) => {
            const box = (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect();
            const move = (ev: PointerEvent) => setSplit(Math.min(80, Math.max(20, ((ev.clientX - box.left) / box.width) * 100)));
            const up = () => (window.removeEventListener('pointermove', move), window.removeEventListener('pointerup', up));
            window.addEventListener('pointermove', move);
            window.addEventListener('pointerup', up);
          }}
        />
        {right.doc && (
          <ComparePane ref={panes.right} doc={right.doc} side="right" active={active === 'right'} onFocus={() => setActive('right')} onScroll={() => onScroll('right')} onPick={(id) => setPicked({ side: 'right', id })} />
        )}
      </div>
      {diff && (
        <aside className="diff-panel" aria-label={t('compare.diff')}>
          <h2>{t('compare.diff')}</h2>
          <p lang="fr">
            {diff.map((s, i) =>
              s.type === 'insert' ? <ins key={i}>{s.text}</ins> : s.type === 'delete' ? <del key={i}>{s.text}</del> : <span key={i}>{s.text}</span>,
            )}
          </p>
        </aside>
      )}
    </section>
  );
}
