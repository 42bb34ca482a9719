import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What could not be written, for the message: e.g. `JSON 报告` / `the JSON report`. */
export interface OutputKind {
  zh: string;
  en: string;
}

export const JSON_REPORT: OutputKind = { zh: 'JSON 报告', en: 'the JSON report' };
export const ANNOTATED_WORKBOOK: OutputKind = { zh: '标注的工作簿', en: 'the annotated workbook' };
export const RESTORED_WORKBOOK: OutputKind = { zh: '恢复后的工作簿', en: 'the restored workbook' };
export const BATCH_SUMMARY: OutputKind = { zh: '汇总', en: 'the summary' };

/** An output that could not be written, with a message that names it and says why (no errno codes). */
export class WriteFailure extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
    this.name = 'WriteFailure';
  }
}

/** The nearest existing path on the way to `target` that is a file where a folder is needed. */
async function fileInTheWay(target: string): Promise<string | null> {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info) return info.isDirectory() ? null : dir;
    if (path.dirname(dir) === dir) return null;
  }
}

async function why(error: unknown, target: string): Promise<{ zh: string; en: string }> {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = (await fileInTheWay(target)) ?? path.dirname(target);
      return { zh: `「${blocker}」是文件，不是文件夹`, en: `"${blocker}" is a file, not a folder` };
    }
    case 'EISDIR':
      return { zh: '该位置已有同名文件夹', en: 'a folder of that name is in the way' };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有写入该文件夹的权限', en: 'no permission to write in that folder' };
    case 'EROFS':
      return { zh: '该磁盘或文件夹是只读的', en: 'the disk or folder is read-only' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { zh: '磁盘空间不足', en: 'the disk is full' };
    case 'EBUSY':
      return { zh: '文件正被其他程序占用（是否已在 Excel 或 WPS 中打开？）', en: 'the file is in use (is it open in Excel or WPS?)' };
    case 'ENAMETOOLONG':
      return { zh: '路径过长', en: 'the path is too long' };
    default:
      return { zh: '写入时出错', en: 'the file could not be written' };
  }
}

/**
 * Writes through a temporary file in the target's folder (created when missing) and renames it into
 * place, so an interrupted write never leaves a half-written file where the target was. Failures
 * are `WriteFailure`s naming the target, never the temporary file.
 */
export async function writeOutput(target: string, data: Buffer | string, kind: OutputKind): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = await why(e, target);
    throw new WriteFailure(`无法写出${kind.zh}「${target}」：${reason.zh}`, `Cannot write ${kind.en} "${target}": ${reason.en}`);
  }
}
