/**
 * The picked pair under the two panes: which pair it is, how similar (the
 * alignment score and the share of words in common), and its word diff,
 * which opens by default from DIFF_OPEN_SIMILARITY and can be opened or
 * closed by hand for any pair.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIFF_OPEN_SIMILARITY, similarity, wordDiff } from '../../common/align';

export interface PickedPair {
  index: number;
  kind: 'pair' | 'moved' | 'second' | 'counterpart';
  score: number;
  left: string;
  right: string;
}

export function PairPanel({ pair, percent }: { pair: PickedPair; percent(n: number): string }) {
  const { t } = useTranslation();
  const overlap = useMemo(() => similarity(pair.left, pair.right), [pair.left, pair.right]);
  const [open, setOpen] = useState(overlap >= DIFF_OPEN_SIMILARITY);
  useEffect(() => setOpen(overlap >= DIFF_OPEN_SIMILARITY), [overlap]);
  const diff = useMemo(() => (open ? wordDiff(pair.left, pair.right) : null), [open, pair.left, pair.right]);
  const name =
    pair.kind === 'pair'
      ? t('tabsCompare.pairN', { n: pair.index + 1 })
      : pair.kind === 'counterpart'
        ? t('tabsCompare.counterpart')
        : t(pair.kind === 'moved' ? 'tabsCompare.movedPair' : 'tabsCompare.secondPair');
  return (
    <aside className="diff-panel" aria-label={t('compare.diff')}>
      <div className="pair-head">
        <h2>{name}</h2>
        <span className="pair-score">{t('tabsCompare.similar', { pct: percent(pair.score) })}</span>
        <span className="pair-score">{t('tabsCompare.wordsShared', { pct: percent(overlap) })}</span>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('tabsCompare.hideDiff') : t('tabsCompare.showDiff')}
        </button>
      </div>
      {diff && (
        <p lang="fr" className="diff-text">
          {diff.map((s, i) =>
            s.type === 'insert' ? <ins key={i}>{s.text}</ins> : s.type === 'delete' ? <del key={i}>{s.text}</del> : <span key={i}>{s.text}</span>,
          )}
        </p>
      )}
    </aside>
  );
}
