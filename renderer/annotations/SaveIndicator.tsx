/** "Saving…" / "Saved" / the error: shown only when the backend confirms the write. */
import { useTranslation } from 'react-i18next';
import { useAnnotationStore } from './store';

export function SaveIndicator() {
  const { t } = useTranslation();
  const { status } = useAnnotationStore();
  return (
    <span className={`save-status save-${status.state}`} role="status" aria-live="polite">
      {status.state === 'saving' && t('annotations.saving')}
      {status.state === 'saved' && `✓ ${t('annotations.saved')}`}
      {status.state === 'error' && t('annotations.saveFailed', { message: status.message })}
    </span>
  );
}
