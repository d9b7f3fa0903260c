/**
 * Two documents side by side (#/compare/<left>/<right>): passages aligned by
 * the same French analysis as search, linked in the gutter, counterparts
 * marked when a passage is picked, the picked pair's score and word diff
 * (PairPanel), and scrolling kept in step along the alignment. Only the spine
 * (pairs that never cross) is numbered; a match out of order is marked as
 * moved, and passages with no match as unmatched (markers.ts). Keyboard: F6 switches panes,
 * Alt+↓ / Alt+↑ jump to the next / previous aligned pair, Alt+S toggles sync.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alignment } from '../../common/align';
import type { StructuredDocument } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { useKeydown } from '../app/useWindowEvent';
import { useDocument } from '../docs';
import { hrefCompare, navigate, type Route } from '../router';
import { CompareExport } from './CompareExport';
import { ComparePane } from './ComparePane';
import { blockIn, paintMarkers, pairOf } from './markers';
import { PairPanel, type PickedPair } from './PairPanel';
import { mapScroll } from './sync';

type CompareRoute = Extract<Route, { view: 'compare' }>;
type Side = 'left' | 'right';

const blockEl = blockIn;
const topIn = (pane: HTMLElement, el: HTMLElement) => el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;

export function CompareView({ route }: { route: CompareRoute }) {
  const { t, i18n } = useTranslation();
  const percent = useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
    return (n: number) => f.format(n);
  }, [i18n.language]);
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

  // Gutter markers: spine pairs numbered with their score, moved and unmatched passages marked.
  useEffect(() => {
    if (!alignment || !left.doc || !right.doc) return;
    return paintMarkers(alignment, { left: panes.left.current, right: panes.right.current }, {
      percent,
      pair: (n, pct) => t('tabsCompare.pairBadge', { n, pct }),
      moved: (pct) => t('tabsCompare.movedBadge', { pct }),
      second: (pct) => t('tabsCompare.secondBadge', { pct }),
      unmatched: t('tabsCompare.unmatched'),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alignment, left.doc, right.doc, percent]);

  const counterparts = useMemo(() => {
    if (!alignment || !picked) return [];
    const map = picked.side === 'left' ? alignment.leftToRight : alignment.rightToLeft;
    const all = (map[picked.id] ?? []).filter((m) => m.score >= alignment.threshold);
    // The passage's own pair comes first: it is the one scrolled to and diffed.
    const own = pairOf(alignment, picked.side, picked.id);
    const partner = own && (picked.side === 'left' ? own.rightId : own.leftId);
    return partner ? [...all.filter((m) => m.id === partner), ...all.filter((m) => m.id !== partner)] : all;
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
      if (!alignment || alignment.spine.length === 0) return;
      const n = alignment.spine.length;
      const i = (pairIndex + delta + n) % n;
      setPairIndex(i);
      const p = alignment.spine[i]!;
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

  // The picked passage's pair: its spine pair, else its moved pair, else its best counterpart.
  const pickedPair = useMemo((): PickedPair | null => {
    if (!picked || !alignment || !left.doc || !right.doc) return null;
    const own = pairOf(alignment, picked.side, picked.id);
    const best = counterparts[0];
    const p = own ?? (best && { leftId: picked.side === 'left' ? picked.id : best.id, rightId: picked.side === 'left' ? best.id : picked.id, score: best.score, index: -1, kind: 'counterpart' as const });
    if (!p) return null;
    const text = (doc: StructuredDocument, id: string) => doc?.blocks.find((b) => b.id === id)?.text ?? '';
    return { index: p.index, kind: p.kind, score: p.score, left: text(left.doc, p.leftId), right: text(right.doc, p.rightId) };
  }, [picked, counterparts, alignment, left.doc, right.doc]);

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
        <span className="compare-count">
          {alignment
            ? `${t('compare.pairs', { count: alignment.spine.length })} · ${t('tabsCompare.movedCount', { count: alignment.offSpine.length })} · ${t('tabsCompare.unmatchedCount', { left: alignment.unmatchedLeft.length, right: alignment.unmatchedRight.length })}`
            : t('app.loading')}
        </span>
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
      {pickedPair && <PairPanel pair={pickedPair} percent={percent} />}
    </section>
  );
}
