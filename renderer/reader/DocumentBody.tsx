/**
 * The document text, rendered once per document from its blocks. It is
 * memoised on the document so that highlight painting and search marking,
 * which work on the DOM directly, are never undone by a React re-render.
 */
import { memo, type ReactNode } from 'react';
import type { Block, StructuredDocument } from '../../common/model';
import { useSymbolLinks } from '../search/useSymbolLinks';
import { ANCHOR_SKIP_ATTR, inlineHtml, type SymbolLinks } from './inline';

export const paraDomId = (number: string) => `para-${number}`;

function BlockEl({ block, doc, bookmarkLabel, relatedLabel, links }: { block: Block; doc: StructuredDocument; bookmarkLabel: string; relatedLabel: string; links?: SymbolLinks }) {
  const html = { __html: inlineHtml(block.md, doc.footnotes, links) };
  const common = {
    'data-block-id': block.id,
    id: block.number ? paraDomId(block.number) : `b-${block.id}`,
  };
  const skip = { [ANCHOR_SKIP_ATTR]: '' };
  if (block.kind === 'heading') {
    const level = Math.min((block.level ?? 1) + 1, 6);
    const H = `h${level}` as 'h2';
    return (
      <H {...common} className="doc-heading">
        {block.label && (
          <span className="heading-label" {...skip}>
            {block.label}{' '}
          </span>
        )}
        <span className="block-text" dangerouslySetInnerHTML={html} />
      </H>
    );
  }
  const label = block.label ?? (block.number ? `${block.number}.` : undefined);
  // A schedule entry's time is content, not a paragraph number: it is read out and shown in its own column.
  const schedule = block.kind === 'schedule-item';
  return (
    <div {...common} className={`block block-${block.kind}`} data-number={block.number} data-level={schedule ? (block.level ?? 1) : undefined}>
      {label && (
        <span className={schedule ? 'block-label schedule-time' : 'block-label'} {...skip} aria-hidden={schedule ? undefined : 'true'}>
          {label}
        </span>
      )}
      <p className="block-text" dangerouslySetInnerHTML={html} />
      <button type="button" className="related-btn" data-related={block.id} aria-label={relatedLabel} title={relatedLabel} {...skip}>
        ≈
      </button>
      <button type="button" className="bookmark-btn" data-bookmark={block.id} aria-pressed="false" aria-label={bookmarkLabel} {...skip}>
        <svg aria-hidden="true" viewBox="0 0 12 16" width="12" height="16">
          <path d="M1 1h10v14l-5-4-5 4z" />
        </svg>
      </button>
    </div>
  );
}

/**
 * Consecutive list items become one list, and consecutive schedule entries
 * (an agenda such as A/68/370's annex) one two-column programme: time, item.
 */
function groupLists(blocks: Block[], doc: StructuredDocument, bookmarkLabel: string, relatedLabel: string, links: SymbolLinks): ReactNode[] {
  const out: ReactNode[] = [];
  let list: Block[] = [];
  let schedule: Block[] = [];
  const flushSchedule = () => {
    if (schedule.length) {
      out.push(
        <div key={`schedule-${schedule[0]!.id}`} className="schedule">
          {schedule.map((b) => (
            <BlockEl key={b.id} block={b} doc={doc} bookmarkLabel={bookmarkLabel} relatedLabel={relatedLabel} links={links} />
          ))}
        </div>,
      );
      schedule = [];
    }
  };
  const flushList = () => {
    if (list.length) {
      out.push(
        <ul key={`list-${list[0]!.id}`} className="block-list">
          {list.map((b) => (
            <li key={b.id}>
              <BlockEl block={b} doc={doc} bookmarkLabel={bookmarkLabel} relatedLabel={relatedLabel} links={links} />
            </li>
          ))}
        </ul>,
      );
      list = [];
    }
  };
  for (const b of blocks) {
    if (b.kind === 'list-item') {
      flushSchedule();
      list.push(b);
    } else if (b.kind === 'schedule-item') {
      flushList();
      schedule.push(b);
    } else {
      flushList();
      flushSchedule();
      out.push(<BlockEl key={b.id} block={b} doc={doc} bookmarkLabel={bookmarkLabel} relatedLabel={relatedLabel} links={links} />);
    }
  }
  flushList();
  flushSchedule();
  return out;
}

export const DocumentBody = memo(function DocumentBody(props: { doc: StructuredDocument; notesLabel: string; bookmarkLabel: string; relatedLabel: string }) {
  const { doc, notesLabel, bookmarkLabel, relatedLabel } = props;
  const links = useSymbolLinks(doc.id);
  return (
    <div className="doc-body" lang={doc.language}>
      {groupLists(doc.blocks, doc, bookmarkLabel, relatedLabel, links)}
      {doc.footnotes.length > 0 && (
        <section className="footnotes" aria-label={notesLabel}>
          <h2 className="footnotes-title">{notesLabel}</h2>
          <ol>
            {doc.footnotes.map((f) => (
              <li key={f.id} id={`fn-${f.id}`} data-footnote-id={f.id}>
                <span className="fn-mark">{f.mark}</span>{' '}
                <span className="fn-text" dangerouslySetInnerHTML={{ __html: inlineHtml(f.md, doc.footnotes, links) }} />{' '}
                <a href={`#fnref-${f.id}`} className="fn-back" aria-label={`↩ ${f.mark}`}>
                  ↩
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
});
