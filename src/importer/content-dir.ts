/**
 * The content folder an import writes into must be a folder that can be
 * written: said before anything is read, in words, not as a system error.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ImportError } from './types.ts';

const CODES: Record<string, string> = {
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在磁盘是只读的',
  ENOSPC: '磁盘空间已满',
  ENOTDIR: '路径中有一段是文件而不是文件夹',
  ENOENT: '路径不存在',
};

/** A file-system error while writing the content folder, as a message for the webmaster (null when it is not one). */
export function describeWriteError(error: unknown, contentDir: string): string | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code || !CODES[code]) return null;
  const path = (error as NodeJS.ErrnoException).path ?? contentDir;
  return `无法写入内容目录“${contentDir}”：${CODES[code]}（${path}）`;
}

/** Refuses a content folder that is a file, or (when `write`) one that cannot be written. */
export function checkContentDir(contentDir: string, write = true): void {
  const label = '--content-dir';
  if (existsSync(contentDir)) {
    if (!statSync(contentDir).isDirectory())
      throw new ImportError(
        label,
        null,
        `内容目录“${contentDir}”是一个文件，不是文件夹：请指定内容文件夹（默认 content/）`,
      );
    if (write) ensureWritable(contentDir, contentDir);
    return;
  }
  let parent = dirname(resolve(contentDir));
  while (!existsSync(parent)) parent = dirname(parent);
  if (!statSync(parent).isDirectory())
    throw new ImportError(label, null, `无法创建内容目录“${contentDir}”：${parent} 是一个文件`);
  if (write) ensureWritable(parent, contentDir);
}

function ensureWritable(dir: string, contentDir: string): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new ImportError(
      '--content-dir',
      null,
      describeWriteError(error, contentDir) ?? `无法写入内容目录“${contentDir}”`,
    );
  }
}
