/**
 * The data folder is named after the product, "Plenary" (~/.config/Plenary
 * on Linux, ~/Library/Application Support/Plenary, %APPDATA%\Plenary). Builds
 * before productName was set used the package name, "plenary": on a
 * case-sensitive disk that is another folder, and its notes must not look
 * lost. Runs before Electron touches the new folder.
 */
import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Migration = { moved: false; reason: string } | { moved: true; from: string; to: string };

function sameFolder(a: string, b: string): boolean {
  const x = statSync(a);
  const y = statSync(b);
  return x.ino === y.ino && x.dev === y.dev;
}

/** Moves `<appData>/plenary` to `<appData>/Plenary` when only the old one holds data. */
export function migrateDataFolder(appData: string, oldName = 'plenary', newName = 'Plenary'): Migration {
  const from = join(appData, oldName);
  const to = join(appData, newName);
  if (!existsSync(from)) return { moved: false, reason: 'no old folder' };
  // A case-insensitive disk (macOS, Windows): both names are one folder already.
  if (existsSync(to) && sameFolder(from, to)) return { moved: false, reason: 'same folder' };
  if (existsSync(to) && readdirSync(to).length > 0) {
    return { moved: false, reason: `both ${from} and ${to} hold files; ${to} is used and ${from} is left as it is` };
  }
  if (existsSync(to)) rmdirSync(to);
  renameSync(from, to);
  return { moved: true, from, to };
}
