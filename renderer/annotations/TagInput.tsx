/**
 * Tags as chips: type a word and press Enter or comma to add it, with
 * completion from the tags already used; Backspace on an empty field
 * removes the last one.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TagInput(props: { value: string[]; onChange(tags: string[]): void; suggestions: string[]; label: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = (raw: string) => {
    const tag = raw.trim().replace(/,+$/, '').trim().slice(0, 64);
    if (tag && !props.value.includes(tag) && props.value.length < 50) props.onChange([...props.value, tag]);
    setDraft('');
  };
  return (
    <div className="tag-input">
      <label htmlFor={id}>{props.label}</label>
      <ul className="tags">
        {props.value.map((tag) => (
          <li key={tag}>
            {tag}
            <button type="button" aria-label={t('annotations.removeTag', { tag })} onClick={() => props.onChange(props.value.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        list={`${id}-list`}
        value={draft}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v);
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft.trim()) {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && !draft && props.value.length) {
            props.onChange(props.value.slice(0, -1));
          }
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={`${id}-list`}>
        {props.suggestions
          .filter((s) => !props.value.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
