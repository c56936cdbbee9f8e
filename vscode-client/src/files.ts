/** Which files are reports (pure; no VS Code). */
import { minimatch } from 'minimatch';

/** A first line that names a 政府信息公开…年度报告. */
const REPORT_TITLE = /政府信息公开.*年度报告/;

/**
 * Whether `path` (workspace-relative, or absolute outside a workspace) matches one of the
 * `gkreport.files` globs. A glob without `/` matches the file name, as in `*.gkr`.
 */
export function matchesReportGlobs(path: string, globs: readonly string[]): boolean {
  const normalized = path.replace(/\\/g, '/');
  return globs.some((glob) => minimatch(normalized, glob, { matchBase: true, dot: true }));
}

/** Whether a `.txt`/`.md` file is a report by its first line. */
export function isReportByFirstLine(path: string, firstLine: string): boolean {
  return /\.(txt|md)$/i.test(path) && REPORT_TITLE.test(firstLine);
}

/** A `gkreport.files` glob as a pattern for searching a folder. */
export function toSearchGlob(glob: string): string {
  return glob.includes('/') ? glob : `**/${glob}`;
}

/** The files the import command reads: Word documents, web pages and PDFs. */
export const IMPORTABLE = ['docx', 'html', 'htm', 'pdf'];

/** The name of the text imported from a file: its own name with the extension .md (「洪泽区2023.pdf」 → 「洪泽区2023.md」). */
export function importedName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName) + '.md';
}
