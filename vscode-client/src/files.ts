/** Which files are reports (pure; no VS Code). */
import { minimatch } from 'minimatch';

/**
 * Whether `path` (workspace-relative, or absolute outside a workspace) matches one of the
 * `gkreport.files` globs. A glob without `/` matches the file name, as in `*.gkr`.
 */
export function matchesReportGlobs(path: string, globs: readonly string[]): boolean {
  const normalized = path.replace(/\\/g, '/');
  return globs.some((glob) => minimatch(normalized, glob, { matchBase: true, dot: true }));
}

/** Whether a document is one the server may recognise by its content: a `.txt`/`.md` file open as plain text or Markdown. */
export function mayRecognise(path: string, languageId: string): boolean {
  return /\.(txt|md)$/i.test(path) && ['plaintext', 'markdown'].includes(languageId);
}

/** How much of a document `gkreport.isReport` is sent: the server judges no more (its ReportDetector.HEAD_CHARS). */
export const REPORT_HEAD_CHARS = 16 * 1024;

/** The start of a document's text sent to the server to ask whether it is a report. */
export function reportHead(text: string): string {
  return text.slice(0, REPORT_HEAD_CHARS);
}

/**
 * Whether the server is worth asking (and starting) about a text at all. Whether it is a report the
 * server alone decides; a text that never says 公开 is about no disclosure — every report's title and
 * first lines say it — so an editor opening notes and READMEs does not start Java for nothing.
 */
export function worthAsking(head: string): boolean {
  return head.includes('公开');
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
