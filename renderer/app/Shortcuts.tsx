/** The keyboard shortcuts sheet, opened with "?" (or the Help menu). */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../exchange/Dialog';

const KEYS: Array<[string, string]> = [
  ['Ctrl/⌘ + K', 'shortcuts.palette'],
  ['/', 'shortcuts.search'],
  ['↓ ↑ Enter Esc', 'shortcuts.results'],
  ['Ctrl/⌘ + F', 'shortcuts.find'],
  ['F3 / Shift + F3', 'shortcuts.nextMatch'],
  ['Tab', 'shortcuts.toolbar'],
  ['G / Ctrl/⌘ + G', 'shortcuts.paragraph'],
  ['] / [', 'shortcuts.highlights'],
  ['Enter', 'reading.shortcutPopover'],
  ['Ctrl/⌘ + B', 'reading.toggleContents'],
  ['Ctrl/⌘ + Z', 'shortcuts.undo'],
  ['F6', 'shortcuts.pane'],
  ['Alt + ↓ / ↑', 'shortcuts.pair'],
  ['Alt + S', 'shortcuts.sync'],
  ['Ctrl + Tab / Ctrl + Shift + Tab', 'tabsCompare.keysSwitch'],
  ['Ctrl + W', 'tabsCompare.closeTab'],
  ['?', 'shortcuts.sheet'],
];

export function Shortcuts({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {KEYS.map(([k, label]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('find.close')}
        </button>
      </div>
    </Dialog>
  );
}
