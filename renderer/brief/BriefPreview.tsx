/**
 * Live preview of the brief: the same Brief tree every export format lays
 * out (common/export), drawn as React elements, so what the delegate sees is
 * what the files will say. Notes and the delegate's paragraphs are Markdown,
 * rendered and sanitized as the notebook renders notes.
 */
import type { Brief } from '../../common/export/brief';
import { countLabel } from '../../common/export/labels';
import { noteHtml } from '../annotations/noteHtml';

/** The delegate's Markdown, rendered and sanitized as the notebook renders notes. */
const Prose = (props: { text: string; className?: string }) => (
  <div className={`brief-prose ${props.className ?? ''}`} dangerouslySetInnerHTML={{ __html: noteHtml(props.text) }} />
);

export function BriefPreview(props: { brief: Brief; more: string | null }) {
  const b = props.brief;
  const l = b.labels;
  const grouped = b.grouping !== 'document';
  return (
    <article className="brief-preview" lang={l.lang}>
      <h3 className="brief-h1">{b.title}</h3>
      <p className="brief-meta">
        {l.date}
        {l.colon} {l.formatDate(b.date)} · {countLabel(l, b.count)}
      </p>
      {b.introduction && <Prose text={b.introduction} className="intro" />}
      <h4 className="brief-h2">{l.legend}</h4>
      <ul className="brief-legend">
        {b.legend.map((e) => (
          <li key={e.color}>
            <span className={`swatch swatch-${e.color}`} aria-hidden="true" />
            {e.name}
            {l.colon} {e.meaning}
          </li>
        ))}
      </ul>
      {b.count === 0 && <p>{l.noHighlights}</p>}
      {b.groups.map((g, gi) => (
        <section key={gi}>
          {g.heading !== null && <h4 className="brief-h2">{g.heading}</h4>}
          {g.documents.map((d, di) => (
            <section key={`${d.docId}-${di}`}>
              <h4 className={grouped ? 'brief-h3' : 'brief-h2'}>{d.citation}</h4>
              {d.sections.map((s, si) => (
                <div key={si}>
                  {s.trail.length > 0 && <h5 className="brief-h3">{s.trail.join(l.trailSeparator)}</h5>}
                  {s.items.map((i) => (
                    <div key={i.id} className={`brief-pitem c-${i.color}`}>
                      {i.lead && <Prose text={i.lead} />}
                      <blockquote lang={d.language}>{i.quote}</blockquote>
                      <p className="brief-cite">
                        {i.citation} · {i.meaning} ({i.colorName})
                      </p>
                      {i.tags.length > 0 && (
                        <p className="brief-cite">
                          {l.tags}
                          {l.colon} {i.tags.join(l.tagSeparator)}
                        </p>
                      )}
                      {i.note.trim() && <Prose text={i.note} className="note" />}
                    </div>
                  ))}
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
      {props.more && <p className="hint">{props.more}</p>}
      {b.closing && <Prose text={b.closing} />}
    </article>
  );
}
