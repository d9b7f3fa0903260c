/**
 * The choices every export shares: format, the brief's language (every
 * printed word follows it; the interface language by default) and, for PDF,
 * the paper size. Used by the export dialog and the Brief view.
 */
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '../../common/api-limits';
import type { ExportFormat } from '../../common/contract';
import { EXPORT_LANGS, type ExportLang } from '../../common/export/strings';

export type Paper = 'a4' | 'letter';

export interface Choices {
  format: ExportFormat;
  lang: ExportLang;
  paper: Paper;
}

/** The interface language as an export language (all three are both). */
export const exportLangOf = (lang: string): ExportLang => (EXPORT_LANGS as readonly string[]).includes(lang.slice(0, 2)) ? (lang.slice(0, 2) as ExportLang) : 'en';

export function ExportChoices(props: { value: Choices; onChange(v: Choices): void; formats?: readonly ExportFormat[] }) {
  const { t } = useTranslation();
  const v = props.value;
  return (
    <>
      <label>
        {t('export.format')}
        <select value={v.format} onChange={(e) => props.onChange({ ...v, format: e.target.value as ExportFormat })}>
          {(props.formats ?? EXPORT_FORMATS).map((f) => (
            <option key={f} value={f}>
              {t(`export.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('brief.language')}
        <select value={v.lang} onChange={(e) => props.onChange({ ...v, lang: e.target.value as ExportLang })}>
          {EXPORT_LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`brief.languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {v.format === 'pdf' && (
        <label>
          {t('brief.paper')}
          <select value={v.paper} onChange={(e) => props.onChange({ ...v, paper: e.target.value as Paper })}>
            <option value="a4">{t('brief.papers.a4')}</option>
            <option value="letter">{t('brief.papers.letter')}</option>
          </select>
        </label>
      )}
    </>
  );
}
