/** The table view's UI strings, in the language of `gkreport.language` (pure; no VS Code). */
import type { Language } from './settings';

export interface TableViewText {
  /** The panel's title. */
  title(file: string): string;
  intro: string;
  written: string;
  computed: string;
  relation: string;
  status: string;
  allHold(count: number): string;
  broken(count: number): string;
  noRelations: string;
  others(holding: number, incomplete: number): string;
  unreadable: string;
  missing(table: string): string;
  absentCell: string;
  blankCell: string;
  mergedCell: string;
  computedSum(sum: string): string;
  unsupported: string;
  notReport: string;
  failed(reason: string): string;
}

const zh: TableViewText = {
  title: (file) => `表格：${file}`,
  intro: '点击单元格或关系，可在编辑器中选中对应的文字。',
  written: '填写',
  computed: '计算',
  relation: '勾稽关系',
  status: '结果',
  allHold: (count) => `✓ ${count} 项勾稽关系全部成立`,
  broken: (count) => `✗ ${count} 项勾稽关系不成立`,
  noRelations: '本表没有勾稽关系',
  others: (holding, incomplete) =>
    `其余 ${holding} 项成立` + (incomplete > 0 ? `，${incomplete} 项因有单元格不是数字而无法计算` : ''),
  unreadable: '无法可靠读取此表，未按表格显示：',
  missing: (table) => `文中没有找到${table}。`,
  absentCell: '缺少此格',
  blankCell: '空白',
  mergedCell: '与相邻单元格合并',
  computedSum: (sum) => `计算得 ${sum}`,
  unsupported: '当前的 gkreport 语言服务器不支持以表格查看。',
  notReport: '以表格查看需要一个政府信息公开年报文件（语言为 gkreport）。',
  failed: (reason) => `无法读取表格：${reason}`,
};

const en: TableViewText = {
  title: (file) => `Tables: ${file}`,
  intro: 'Click a cell or a relation to select its text in the editor.',
  written: 'Written',
  computed: 'Computed',
  relation: 'Relation',
  status: 'Result',
  allHold: (count) => `✓ all ${count} relations hold`,
  broken: (count) => `✗ ${count} relation${count === 1 ? '' : 's'} broken`,
  noRelations: 'This table has no sum relations',
  others: (holding, incomplete) =>
    `${holding} more hold` + (incomplete > 0 ? `, ${incomplete} cannot be computed (a cell holds no number)` : ''),
  unreadable: 'This table cannot be read with confidence and is not shown as a grid:',
  missing: (table) => `${table} was not found in the text.`,
  absentCell: 'cell missing',
  blankCell: 'blank',
  mergedCell: 'merged with the neighbouring cell',
  computedSum: (sum) => `computed ${sum}`,
  unsupported: 'This gkreport language server cannot show tables.',
  notReport: 'The table view needs an annual report file (language gkreport).',
  failed: (reason) => `Could not read the tables: ${reason}`,
};

export function tableViewText(language: Language): TableViewText {
  return language === 'en' ? en : zh;
}
