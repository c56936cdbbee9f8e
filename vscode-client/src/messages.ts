/** Runtime UI strings, in the language of `gkreport.language` (pure; no VS Code). */
import type { JavaSource, RejectedJava } from './java';
import type { Language } from './settings';

/**
 * What the server's `gkreport.reportInfo` returns for the status bar (`null`: not recognised).
 * Without that command only the counts are known and `year`/`template` are left out.
 */
export interface ReportInfo {
  year?: number | null;
  template?: '2019' | '2021' | null;
  errors: number;
  warnings: number;
}

/** What the server's `gkreport.checkFolder` returns. */
export interface FolderCheckResult {
  files: number;
  errors: number;
  warnings: number;
}

export interface Messages {
  javaMissing(tried: readonly RejectedJava[]): string;
  openSettings: string;
  showOutput: string;
  serverFailed(reason: string): string;
  javaFound(version: number, source: JavaSource, path: string): string;
  noEditor: string;
  importUnsupported: string;
  importTitle: string;
  importLabel: string;
  reportDocuments: string;
  importing(file: string): string;
  pickFolder: string;
  checked(count: number): string;
  checkingFolder(folder: string): string;
  folderChecked(result: FolderCheckResult): string;
  status(info: ReportInfo): string;
  statusTooltip: string;
}

const SOURCE_NAMES: Record<JavaSource, string> = {
  setting: 'gkreport.java.home',
  JAVA_HOME: 'JAVA_HOME',
  PATH: 'PATH',
};

const zh: Messages = {
  javaMissing: (tried) =>
    '政府信息公开年报检查需要 Java 17 或更高版本，但没有找到。' +
    `已查找：${tried.map(describeZh).join('；')}。` +
    '请安装 JDK 17 或更高版本（如 Eclipse Temurin 17），然后在设置 gkreport.java.home 中填写其安装目录' +
    '（或设置环境变量 JAVA_HOME），再运行命令“gkreport: 重启语言服务器”。',
  openSettings: '打开设置',
  showOutput: '查看输出',
  serverFailed: (reason) => `gkreport 语言服务器启动失败：${reason}`,
  javaFound: (version, source, path) => `使用 Java ${version}（来自 ${SOURCE_NAMES[source]}）：${path}`,
  noEditor: '没有打开的文件。',
  importUnsupported: '当前的 gkreport 语言服务器不支持导入报告文件。',
  importTitle: '导入报告（Word、网页或 PDF）',
  importLabel: '导入',
  reportDocuments: '报告文件（.docx、.html、.pdf）',
  importing: (file) => `正在导入 ${file}…`,
  pickFolder: '选择要检查的工作区文件夹',
  checked: (count) => `已检查 ${count} 个年报，结果见“问题”面板。`,
  checkingFolder: (folder) => `正在检查文件夹 ${folder} 中的年报…`,
  folderChecked: (r) => `已检查 ${r.files} 个文件：${r.errors} 个错误，${r.warnings} 个警告。结果见“问题”面板。`,
  status: (info) =>
    [
      typeof info.year === 'number' ? `${info.year}年报` : '年报',
      ...(info.template === undefined ? [] : [info.template === null ? '格式未识别' : `${info.template}版格式`]),
      `${info.errors} 个错误`,
    ].join(' · '),
  statusTooltip: '政府信息公开工作年度报告：年度 · 格式 · 错误数（点击打开“问题”面板）',
};

const en: Messages = {
  javaMissing: (tried) =>
    'Checking annual reports needs Java 17 or newer, and none was found. ' +
    `Looked at: ${tried.map(describeEn).join('; ')}. ` +
    'Install a JDK 17 or newer (e.g. Eclipse Temurin 17), enter its folder in the setting gkreport.java.home ' +
    '(or set JAVA_HOME), then run the command "gkreport: Restart the language server".',
  openSettings: 'Open Settings',
  showOutput: 'Show Output',
  serverFailed: (reason) => `The gkreport language server failed to start: ${reason}`,
  javaFound: (version, source, path) => `Using Java ${version} (from ${SOURCE_NAMES[source]}): ${path}`,
  noEditor: 'No file is open.',
  importUnsupported: 'This gkreport language server cannot import report files.',
  importTitle: 'Import a report (Word, web page or PDF)',
  importLabel: 'Import',
  reportDocuments: 'Report files (.docx, .html, .pdf)',
  importing: (file) => `Importing ${file}…`,
  pickFolder: 'Pick the workspace folder to check',
  checked: (count) => `Checked ${count} report(s); see the Problems panel.`,
  checkingFolder: (folder) => `Checking the reports in ${folder}…`,
  folderChecked: (r) =>
    `Checked ${plural(r.files, 'file')}: ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}. See the Problems panel.`,
  status: (info) =>
    [
      typeof info.year === 'number' ? `${info.year} report` : 'Report',
      ...(info.template === undefined ? [] : [info.template === null ? 'format not recognised' : `${info.template} format`]),
      `${info.errors} error${info.errors === 1 ? '' : 's'}`,
    ].join(' · '),
  statusTooltip: 'Annual report: year · format · errors (click for the Problems panel)',
};

function describeZh(c: RejectedJava): string {
  const where = c.source === 'setting' ? `设置 ${SOURCE_NAMES[c.source]}` : SOURCE_NAMES[c.source];
  switch (c.problem) {
    case 'notSet':
      return `${where} 未设置`;
    case 'notFound':
      return c.path ? `${where} 中没有 ${c.path}` : `${where} 中没有 java`;
    case 'notRunnable':
      return `${where} 的 ${c.path} 无法运行`;
    case 'tooOld':
      return `${where} 的 ${c.path} 是 Java ${c.version}，版本过低`;
  }
}

function describeEn(c: RejectedJava): string {
  const where = c.source === 'setting' ? `the setting ${SOURCE_NAMES[c.source]}` : SOURCE_NAMES[c.source];
  switch (c.problem) {
    case 'notSet':
      return `${where} is not set`;
    case 'notFound':
      return c.path ? `${c.path} (from ${where}) does not exist` : `no java on ${where}`;
    case 'notRunnable':
      return `${c.path} (from ${where}) does not run`;
    case 'tooOld':
      return `${c.path} (from ${where}) is Java ${c.version}, too old`;
  }
}

export function messages(language: Language): Messages {
  return language === 'en' ? en : zh;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
