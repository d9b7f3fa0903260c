/**
 * The desktop save path: write an export into a folder the user chose, and
 * nowhere else. The name must be a single plain file name (no separators,
 * no "..", not absolute); the folder is resolved through its links first,
 * and an existing file of that name that is a link out of the folder is
 * refused. The write goes to a temporary file beside the target and is then
 * renamed over it, so a crash leaves the old file whole, and rename replaces
 * a link rather than writing through it.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../common/result';

/** Why a name cannot be used, or null. Checked for both Windows and POSIX rules. */
export function nameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'the file name is empty';
  if (name === '.' || name === '..') return `"${name}" is not a file name`;
  if (/[/\\]/.test(name)) return `the file name "${name}" contains a folder separator`;
  if (name.includes('\0')) return 'the file name contains a NUL character';
  if (path.isAbsolute(name) || path.win32.isAbsolute(name) || /^[A-Za-z]:/.test(name))
    return `the file name "${name}" is an absolute path`;
  if (name.includes(':')) return `the file name "${name}" contains ":"`;
  return null;
}

const inside = (folder: string, target: string): boolean => {
  const rel = path.relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** Write `data` as `folder/name`, refusing anything that would land elsewhere. Returns the path written. */
export async function writeInside(folder: string, name: string, data: string | Uint8Array): Promise<string> {
  const problem = nameProblem(name);
  if (problem) throw new UserError(`Cannot save: ${problem}.`);

  let realFolder: string;
  try {
    realFolder = await realpath(path.resolve(folder));
  } catch {
    throw new UserError(`Cannot save: the folder "${folder}" does not exist.`);
  }
  if (!(await lstat(realFolder)).isDirectory()) throw new UserError(`Cannot save: "${folder}" is not a folder.`);

  const target = path.resolve(realFolder, name);
  if (!inside(realFolder, target) || path.dirname(target) !== realFolder)
    throw new UserError(`Cannot save: "${name}" would be written outside "${folder}".`);

  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const resolved = await realpath(target).catch(() => null);
    if (resolved === null || !inside(realFolder, resolved))
      throw new UserError(`Cannot save: "${name}" is a link to a place outside "${folder}".`);
  }
  if (existing?.isDirectory()) throw new UserError(`Cannot save: "${name}" is a folder.`);

  const temp = path.join(realFolder, `.plenary-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return target;
}
