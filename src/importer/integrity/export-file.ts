/**
 * Opens an export named on the command line, turning every way that can fail
 * (missing, a folder, unreadable) into a message for the webmaster.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../types.ts';

const REASONS: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '它是一个文件夹',
  EIO: '磁盘读取出错',
};

export function readExportBytes(path: string): Uint8Array {
  const file = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new ImportError(file, null, `找不到文件“${path}”：请检查路径和文件名`);
    throw new ImportError(file, null, `无法打开文件“${path}”：${REASONS[code ?? ''] ?? code ?? '未知错误'}`);
  }
  if (stat.isDirectory())
    throw new ImportError(file, null, `“${path}”是一个文件夹，不是导出文件：请指定文件夹中的导出文本文件（.txt）`);
  if (!stat.isFile()) throw new ImportError(file, null, `“${path}”不是普通文件：应为公报或文件的纯文本导出`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ImportError(file, null, `无法读取文件“${path}”：${REASONS[code] ?? code}`);
  }
}
