/**
 * Turns the server's `gkreport.tableView` answer into the table view's HTML (pure; no VS Code): each
 * table as a grid with the national format's headers and merged label cells, numbers right-aligned,
 * the cells of a broken sum marked, and under it every relation with its written and computed value.
 * Every element that stands for text in the report carries `data-range` so a click can select it.
 */
import type { BlockData, CellData, Range, RelationData, TableData, TableViewData } from './tableViewData';
import type { TableViewText } from './tableViewText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `data-range="line,character,line,character"`, the attribute the page's script sends back on a click. */
function rangeAttribute(range: Range | null): string {
  if (!range) return '';
  return ` data-range="${range.start.line},${range.start.character},${range.end.line},${range.end.character}" tabindex="0"`;
}

export function parseRange(value: string): Range | undefined {
  const n = value.split(',').map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isInteger(x) || x < 0)) return undefined;
  return { start: { line: n[0], character: n[1] }, end: { line: n[2], character: n[3] } };
}

/** The id of a table's section, to scroll to it. */
export function tableId(table: string): string {
  return `table-${table}`;
}

/** The tables of one answer, as the body of the page. */
export function renderTables(data: TableViewData, text: TableViewText): string {
  return `<p class="intro">${escapeHtml(text.intro)}</p>\n` + data.tables.map((t, i) => renderTable(t, i, text)).join('\n');
}

function renderTable(table: TableData, index: number, text: TableViewText): string {
  const caption = table.caption
    ? ` <span class="caption"${rangeAttribute(table.caption.range)}>${escapeHtml(table.caption.text)}</span>`
    : '';
  const head = `<h2><span class="name">${escapeHtml(table.name)}</span>${caption}${summary(table, text)}</h2>`;
  let body: string;
  if (table.status === 'unreadable') {
    body = `<p class="notice unreadable"${rangeAttribute(table.range)}><strong>${escapeHtml(text.unreadable)}</strong> ${escapeHtml(table.reason ?? '')}</p>`;
  } else if (table.status === 'missing') {
    body = `<p class="notice missing">${escapeHtml(text.missing(table.name))}</p>`;
  } else {
    body = table.blocks.map((b, i) => renderBlock(table, index, b, i, text)).join('\n') + renderRelations(table, index, text);
  }
  return `<section class="table" id="${escapeHtml(tableId(table.table))}">\n${head}\n${body}\n</section>`;
}

function summary(table: TableData, text: TableViewText): string {
  if (table.status !== 'read') return '';
  const broken = table.relations.filter((r) => r.holds === false).length;
  if (broken > 0) return ` <span class="summary bad">${escapeHtml(text.broken(broken))}</span>`;
  if (table.relations.length === 0) return ` <span class="summary none">${escapeHtml(text.noRelations)}</span>`;
  const holding = table.relations.filter((r) => r.holds === true).length;
  return holding > 0 ? ` <span class="summary ok">${escapeHtml(text.allHold(holding))}</span>` : '';
}

function renderBlock(table: TableData, t: number, block: BlockData, b: number, text: TableViewText): string {
  const labelDepth = block.labelHeader === null ? 0 : Math.max(1, ...block.rows.map((r) => r.groups.length + 1));
  const caption = block.caption
    ? `<h3 class="block-caption"${rangeAttribute(block.captionRange)}>${escapeHtml(block.caption)}</h3>\n`
    : '';
  const rows = block.rows.map((row, r) => {
    const labels = labelCells(block, r, labelDepth);
    const cells = row.cells.map((cell, c) => renderCell(table, cell, `c-${t}-${b}-${r}-${c}`, block, c, row.label, text));
    const classes = row.unknown ? ' class="unknown"' : '';
    return `<tr${classes}>${labels}${cells.join('')}</tr>`;
  });
  return `${caption}<div class="scroll"><table class="grid">\n<thead>${headerRows(block, labelDepth)}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/**
 * The header rows: the label header over the label columns, then each column's path, a group
 * spanning the columns under it and a column without sub-columns reaching down to the last row.
 */
function headerRows(block: BlockData, labelDepth: number): string {
  const depth = Math.max(1, ...block.columns.map((p) => p.length));
  const rows: string[] = [];
  for (let level = 0; level < depth; level++) {
    let row = '';
    if (level === 0 && labelDepth > 0) {
      row += `<th class="label-head" colspan="${labelDepth}" rowspan="${depth}">${escapeHtml(block.labelHeader ?? '')}</th>`;
    }
    for (let c = 0; c < block.columns.length; ) {
      const path = block.columns[c];
      if (level >= path.length) {
        c++;
        continue;
      }
      if (level === path.length - 1) {
        row += `<th class="column" rowspan="${depth - level}">${wrapLabel(path[level])}</th>`;
        c++;
        continue;
      }
      let span = 1;
      while (c + span < block.columns.length && sameGroup(block.columns[c + span], path, level)) span++;
      row += `<th class="group" colspan="${span}">${escapeHtml(path[level])}</th>`;
      c += span;
    }
    rows.push(`<tr>${row}</tr>`);
  }
  return rows.join('');
}

/**
 * A header or group label with the places it may wrap at, as the printed form breaks them: after its
 * numeral, before a note in brackets, and before the last two characters of a long name
 * (「（三）｜不予｜公开」「社会公益｜组织」, never 「社会公益组｜织」). The page keeps the words between.
 */
export function wrapLabel(text: string): string {
  const numeral = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(text)?.[0] ?? '';
  const rest = text.slice(numeral.length);
  const bracket = rest.indexOf('（');
  const name = [...(bracket > 0 ? rest.slice(0, bracket) : rest)];
  const note = bracket > 0 ? rest.slice(bracket) : '';
  const parts = name.length >= 4 ? [name.slice(0, -2).join(''), name.slice(-2).join('')] : [name.join('')];
  return [numeral, ...parts, note].filter((p) => p).map(escapeHtml).join('<wbr>');
}

function sameGroup(path: string[], other: string[], level: number): boolean {
  return path.length - 1 > level && other.slice(0, level + 1).every((name, i) => path[i] === name);
}

/** A group cell where its run of rows starts (spanning them), then the label over the remaining label columns. */
function labelCells(block: BlockData, r: number, labelDepth: number): string {
  if (labelDepth === 0) return '';
  const row = block.rows[r];
  let cells = '';
  row.groups.forEach((group, level) => {
    if (r > 0 && sharesGroups(block.rows[r - 1].groups, row.groups, level)) return;
    let span = 1;
    while (r + span < block.rows.length && sharesGroups(block.rows[r + span].groups, row.groups, level)) span++;
    cells += `<th class="row-group" rowspan="${span}">${wrapLabel(group)}</th>`;
  });
  const title = row.written && row.written !== row.label ? ` title="${escapeHtml(row.written)}"` : '';
  const colspan = labelDepth - row.groups.length;
  const span = colspan > 1 ? ` colspan="${colspan}"` : '';
  const label = row.label || row.written;
  return `${cells}<th class="row-label"${span}${title}${rangeAttribute(row.labelRange)}>${escapeHtml(label)}</th>`;
}

function sharesGroups(a: string[], b: string[], level: number): boolean {
  return a.length > level && b.slice(0, level + 1).every((name, i) => a[i] === name);
}

function renderCell(
  table: TableData,
  cell: CellData,
  id: string,
  block: BlockData,
  column: number,
  rowLabel: string,
  text: TableViewText,
): string {
  const classes = ['cell'];
  let content: string;
  let note: string;
  if (cell.absent) {
    classes.push('absent');
    content = '—';
    note = text.absentCell;
  } else if (cell.merged) {
    classes.push('merged');
    content = cell.text === '<<' ? '←' : '↑';
    note = text.mergedCell;
  } else if (cell.blank) {
    classes.push('blank');
    content = '';
    note = text.blankCell;
  } else {
    if (cell.number === null) classes.push('text');
    content = escapeHtml(cell.text ?? '');
    note = cell.text ?? '';
  }
  if (cell.total) classes.push('total');
  if (cell.broken) classes.push('broken');
  const sums = cell.relations
    .map((i) => table.relations[i])
    .filter((r) => r.holds === false && r.totals.length === 1 && isTotalOf(r, cell, table))
    .map((r) => `<span class="sum">Σ ${escapeHtml(r.computed ?? '?')} ✗</span>`);
  const columnLabel = block.columns[column]?.join(' · ') ?? '';
  const place = [rowLabel, columnLabel].filter((s) => s).join(' · ');
  const relations = cell.relations.map((i) => `${table.relations[i].status} ${table.relations[i].description}`);
  const title = [place, note, ...relations].filter((s) => s).join('\n');
  return `<td id="${id}" class="${classes.join(' ')}" title="${escapeHtml(title)}"${rangeAttribute(cell.range)}>${content}${sums.join('')}</td>`;
}

function isTotalOf(relation: RelationData, cell: CellData, table: TableData): boolean {
  const ref = relation.totals[0];
  return table.blocks[ref.block]?.rows[ref.row]?.cells[ref.column] === cell;
}

/** Broken relations in full; the others folded under one line. */
function renderRelations(table: TableData, t: number, text: TableViewText): string {
  if (table.relations.length === 0) return '';
  const row = (r: RelationData) => {
    const mark = r.holds === true ? 'ok' : r.holds === false ? 'bad' : 'unknown';
    const cells = [...r.parts, ...r.totals].map((c) => `c-${t}-${c.block}-${c.row}-${c.column}`).join(' ');
    const total = r.totals.length > 0 ? cellRange(table, r.totals[0]) : null;
    return (
      `<tr class="relation ${mark}" data-cells="${cells}"${rangeAttribute(total)}>` +
      `<td class="status">${escapeHtml(r.status)}</td><td class="description">${escapeHtml(r.description)}</td>` +
      `<td class="num">${escapeHtml(r.written ?? '?')}</td><td class="num">${escapeHtml(r.computed ?? '?')}</td></tr>`
    );
  };
  const head =
    `<thead><tr><th>${escapeHtml(text.status)}</th><th>${escapeHtml(text.relation)}</th>` +
    `<th class="num">${escapeHtml(text.written)}</th><th class="num">${escapeHtml(text.computed)}</th></tr></thead>`;
  const broken = table.relations.filter((r) => r.holds === false);
  const others = table.relations.filter((r) => r.holds !== false);
  let html = '';
  if (broken.length > 0) html += `<table class="relations broken-list">${head}<tbody>${broken.map(row).join('')}</tbody></table>`;
  if (others.length > 0) {
    const holding = others.filter((r) => r.holds === true).length;
    const incomplete = others.length - holding;
    const label = broken.length === 0 && incomplete === 0 ? text.allHold(holding) : text.others(holding, incomplete);
    html +=
      `<details class="others"><summary>${escapeHtml(label)}</summary>` +
      `<table class="relations">${head}<tbody>${others.map(row).join('')}</tbody></table></details>`;
  }
  return html;
}

function cellRange(table: TableData, ref: { block: number; row: number; column: number }): Range | null {
  return table.blocks[ref.block]?.rows[ref.row]?.cells[ref.column]?.range ?? null;
}

/** The page's styles: the theme's colours through VS Code's CSS variables, so light and dark themes both work. */
export const STYLES = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 12px 24px; line-height: 1.45; }
.intro { color: var(--vscode-descriptionForeground); margin: 10px 0 4px; }
section.table { margin: 18px 0 26px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 0 0 8px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
h2 .caption { font-weight: normal; color: var(--vscode-descriptionForeground); }
.summary { font-size: 0.9em; font-weight: normal; padding: 1px 8px; border-radius: 10px; border: 1px solid var(--vscode-panel-border); }
.summary.ok { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.summary.bad { color: var(--vscode-errorForeground); border-color: var(--vscode-errorForeground); }
.summary.none { color: var(--vscode-descriptionForeground); }
h3.block-caption { font-size: 1em; font-weight: 600; margin: 14px 0 4px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
table.grid { font-variant-numeric: tabular-nums; }
.grid th, .grid td { border: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: 3px 6px; }
.grid th { font-weight: normal; background: var(--vscode-editorWidget-background, transparent); }
.grid thead th { font-weight: 600; text-align: center; vertical-align: middle; min-width: 2em; word-break: keep-all; }
.grid th.group { white-space: nowrap; }
.grid th.row-group { text-align: center; vertical-align: middle; word-break: keep-all; }
.grid th.row-label { text-align: left; min-width: 8em; max-width: 26em; }
.grid th.label-head { min-width: 9em; }
.grid tr.unknown th.row-label { font-style: italic; }
.grid td.cell { text-align: right; white-space: nowrap; min-width: 2em; vertical-align: middle;
  font-family: var(--vscode-editor-font-family); }
.grid td.text { color: var(--vscode-errorForeground); }
.grid td.absent, .grid td.merged { color: var(--vscode-descriptionForeground); text-align: center; }
.grid td.blank { background: var(--vscode-inputValidation-warningBackground, transparent); }
.grid td.total { font-weight: 600; }
.grid td.broken { background: var(--vscode-inputValidation-errorBackground, var(--vscode-diffEditor-removedTextBackground));
  outline: 1px solid var(--vscode-errorForeground); outline-offset: -1px; }
.grid td .sum { display: block; font-size: 0.85em; font-weight: normal; color: var(--vscode-errorForeground); }
[data-range] { cursor: pointer; }
[data-range]:hover { background: var(--vscode-list-hoverBackground); }
.grid td.broken[data-range]:hover { background: var(--vscode-list-hoverBackground); }
[data-range]:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.grid td.highlight { box-shadow: inset 0 0 0 2px var(--vscode-focusBorder); }
.notice { padding: 8px 12px; border-left: 3px solid var(--vscode-editorWarning-foreground); background: var(--vscode-textBlockQuote-background); }
.notice.missing { border-left-color: var(--vscode-descriptionForeground); }
table.relations { margin-top: 10px; }
.relations th, .relations td { padding: 2px 10px 2px 0; text-align: left; vertical-align: top; }
.relations th { font-weight: 600; color: var(--vscode-descriptionForeground); }
.relations .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.relations td.status { white-space: nowrap; }
.relation.bad td.status { color: var(--vscode-errorForeground); font-weight: 600; }
.relation.ok td.status { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.relation.unknown td.status { color: var(--vscode-descriptionForeground); }
details.others { margin-top: 8px; }
details.others summary { cursor: pointer; color: var(--vscode-descriptionForeground); }
`;

/**
 * The page's script: a click (or Enter) on anything with `data-range` asks the extension to select
 * that text; hovering a relation outlines its cells; `update` replaces the tables, `focus` scrolls to one.
 */
export const SCRIPT = `
const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const root = document.getElementById('root');
function reveal(target) {
  const el = target.closest('[data-range]');
  if (el && vscode) vscode.postMessage({ type: 'reveal', range: el.getAttribute('data-range') });
}
document.addEventListener('click', (e) => reveal(e.target));
document.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { reveal(e.target); } });
function outline(relation, on) {
  for (const id of (relation.getAttribute('data-cells') || '').split(' ')) {
    const cell = id && document.getElementById(id);
    if (cell) cell.classList.toggle('highlight', on);
  }
}
document.addEventListener('mouseover', (e) => { const r = e.target.closest('tr.relation'); if (r) outline(r, true); });
document.addEventListener('mouseout', (e) => { const r = e.target.closest('tr.relation'); if (r) outline(r, false); });
function focusTable(id) { const el = id && document.getElementById(id); if (el) el.scrollIntoView({ block: 'start' }); }
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'update') root.innerHTML = m.html;
  if (m.type === 'focus') focusTable(m.id);
});
focusTable(root.getAttribute('data-focus'));
`;

export interface PageOptions {
  nonce: string;
  title: string;
  /** `zh-CN` or `en`. */
  lang: string;
  /** The id of the section to scroll to. */
  focus?: string;
}

/** The whole page: a strict Content-Security-Policy (no resource loads, only this page's nonced style and script). */
export function renderPage(body: string, options: PageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const focus = options.focus ? ` data-focus="${escapeHtml(options.focus)}"` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${STYLES}</style>
</head>
<body>
<main id="root"${focus}>
${body}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
