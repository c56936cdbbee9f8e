import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { escapeHtml, parseRange, renderPage, renderTables, tableId, wrapLabel } from '../src/tableHtml';
import type { TableData, TableViewData } from '../src/tableViewData';
import { tableViewText } from '../src/tableViewText';

/**
 * The server's answers for sample 004 (one cell per line) with 自然人 of 「一、本年新收」 changed
 * from 0 to 3, and for sample 001 (pipe rows) as it is; written by `node harness/table-view.mjs --fixtures`.
 */
function fixture(name: string): TableViewData {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', `table-view-${name}.json`), 'utf8'));
}

const zh = tableViewText('zh');
const en = tableViewText('en');

/** The HTML of one table's section. */
function section(html: string, table: string): string {
  const start = html.indexOf(`<section class="table" id="${tableId(table)}">`);
  assert.ok(start >= 0, `no section for ${table}`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The `<td>` of the cell with this id. */
function cell(html: string, id: string): string {
  const match = new RegExp(`<td id="${id}"[^>]*>.*?</td>`).exec(html);
  assert.ok(match, `no cell ${id}`);
  return match[0];
}

test('sample 004 with a slip: table 三 shows the two broken relations, their cells marked, the written total and the computed sum', () => {
  const html = renderTables(fixture('004'), zh);
  const t3 = section(html, '表三');
  assert.match(t3, /<span class="summary bad">✗ 2 项勾稽关系不成立<\/span>/);
  const natural = cell(t3, 'c-1-0-0-0');
  assert.match(natural, /class="cell broken"/);
  assert.match(natural, /data-range="78,1,78,2"/);
  assert.match(natural, />3<\/td>$/);
  const total = cell(t3, 'c-1-0-0-6');
  assert.match(total, /class="cell total broken"/);
  assert.match(total, />0<span class="sum">Σ 3 ✗<\/span><\/td>$/);
  assert.doesNotMatch(cell(t3, 'c-1-0-1-1'), /broken/, 'a cell of no broken relation is not marked');
  const broken = t3.slice(t3.indexOf('broken-list'), t3.indexOf('<details'));
  const rows = broken.match(/<tr class="relation bad"[^>]*>.*?<\/tr>/g) ?? [];
  assert.equal(rows.length, 2);
  assert.match(rows[0], /表三勾稽关系（“自然人”列）：第一项 3 \+ 第二项 0 = 3；第三项（七）总计 0 \+ 第四项 0 = 0/);
  assert.match(rows[0], /<td class="num">0<\/td><td class="num">3<\/td><\/tr>$/);
  assert.match(rows[1], /data-cells="c-1-0-0-0 c-1-0-0-1 c-1-0-0-2 c-1-0-0-3 c-1-0-0-4 c-1-0-0-5 c-1-0-0-6"/);
  assert.match(rows[1], /data-range="84,1,84,2"/, 'a click on the relation selects its total');
  assert.match(t3, /<summary>其余 37 项成立<\/summary>/);
  assert.match(section(html, '表四'), /<span class="summary ok">✓ 3 项勾稽关系全部成立<\/span>/);
  assert.match(section(html, '表二'), /<span class="summary none">本表没有勾稽关系<\/span>/);
});

test('table 三 is drawn with the format\'s headers and merged label cells', () => {
  const t3 = section(renderTables(fixture('004'), zh), '表三');
  assert.match(t3, /<th class="label-head" colspan="3" rowspan="3"><\/th><th class="group" colspan="7">申请人情况<\/th>/);
  assert.match(t3, /<th class="column" rowspan="2">自然人<\/th><th class="group" colspan="5">法人或其他组织<\/th><th class="column" rowspan="2">总计<\/th>/);
  assert.match(t3, /<th class="column" rowspan="1">社会公益<wbr>组织<\/th>/);
  assert.match(t3, /<th class="row-group" rowspan="22">三、<wbr>本年度办理<wbr>结果<\/th>/);
  assert.match(t3, /<th class="row-group" rowspan="8">（三）<wbr>不予<wbr>公开<\/th>/);
  assert.match(t3, /<th class="row-label" colspan="3"[^>]*>一、本年新收政府信息公开申请数量<\/th>/);
  assert.match(t3, /<th class="row-label" colspan="2"[^>]*>（七）总计<\/th>/);
  assert.equal((t3.match(/<tr>|<tr class=/g) ?? []).length, 3 + 25 + 1 + 2 + 1 + 37, 'header, 25 rows; head and broken relations; head and the others');
});

test('table 四 heads its three blocks and table 二 each of its items, as in sample 001', () => {
  const html = renderTables(fixture('001'), zh);
  const t4 = section(html, '表四');
  assert.match(t4, /<th class="group" colspan="5">行政复议<\/th><th class="group" colspan="10">行政诉讼<\/th>/);
  assert.match(t4, /<th class="group" colspan="5">未经复议直接起诉<\/th><th class="group" colspan="5">复议后起诉<\/th>/);
  assert.doesNotMatch(t4, /row-label|label-head/, 'table 四 has no row labels');
  const t2 = section(html, '表二');
  assert.deepEqual(
    [...t2.matchAll(/<h3 class="block-caption"[^>]*>(.*?)<\/h3>/g)].map((m) => m[1]),
    ['第二十条第(一)项', '第二十条第(五)项', '第二十条第(六)项', '第二十条第(八)项', '第二十条第(九)项'],
  );
  assert.match(cell(t2, 'c-0-4-0-1'), /data-range="31,13,31,15"[^>]*>60<\/td>$/);
  assert.match(section(html, '表三'), /<span class="summary ok">✓ 37 项勾稽关系全部成立<\/span>/);
});

test('an unreadable table shows the recognizer\'s reason and no grid; a missing one says so', () => {
  const base = fixture('001');
  const unreadable: TableData = {
    ...base.tables[1],
    status: 'unreadable',
    reason: '表三的标题、表头或项目名称在此，但转换后的文本已失去表格结构，未能读出表三',
    blocks: [],
    relations: [],
  };
  const missing: TableData = { ...base.tables[2], status: 'missing', caption: null, range: null, blocks: [], relations: [] };
  const html = renderTables({ ...base, tables: [unreadable, missing] }, zh);
  assert.match(section(html, '表三'), /<p class="notice unreadable" data-range="[\d,]+" tabindex="0"><strong>无法可靠读取此表，未按表格显示：<\/strong> 表三的标题/);
  assert.doesNotMatch(section(html, '表三'), /<table/);
  assert.match(section(html, '表四'), /<p class="notice missing">文中没有找到表四。<\/p>/);
});

test('English UI text when the language is en; the report\'s own labels stay as written', () => {
  const html = renderTables(fixture('004'), en);
  assert.match(html, /Click a cell or a relation to select its text in the editor\./);
  assert.match(section(html, '表三'), /✗ 2 relations broken/);
  assert.match(section(html, '表三'), /<th>Result<\/th><th>Relation<\/th><th class="num">Written<\/th><th class="num">Computed<\/th>/);
  assert.match(section(html, '表三'), /一、本年新收政府信息公开申请数量/);
  assert.equal(en.title('a.txt'), 'Tables: a.txt');
  assert.equal(zh.title('a.txt'), '表格：a.txt');
});

test('text from the report is escaped', () => {
  const data = fixture('001');
  const row = data.tables[1].blocks[0].rows[0];
  row.label = '<img src=x onerror=alert(1)>';
  row.cells[0].text = '"><script>';
  row.cells[0].number = null;
  const html = renderTables(data, zh);
  assert.doesNotMatch(html, /<img|<script/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('the page has a strict Content-Security-Policy with a nonce and loads nothing from outside', () => {
  const page = renderPage(renderTables(fixture('004'), zh), { nonce: 'abc123', title: '表格：004.txt', lang: 'zh-CN', focus: tableId('表三') });
  assert.match(
    page,
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';/,
  );
  assert.match(page, /<style nonce="abc123">/);
  assert.match(page, /<script nonce="abc123">/);
  assert.equal((page.match(/<script/g) ?? []).length, 1);
  assert.doesNotMatch(page, /https?:\/\/|src=|<link/);
  assert.doesNotMatch(page, / style="| on[a-z]+="/, 'no inline style or handler attribute, which the policy would block');
  assert.match(page, /<main id="root" data-focus="table-表三">/);
  assert.match(page, /<html lang="zh-CN">/);
  assert.match(page, /var\(--vscode-editor-background\)/);
});

test('a clicked range is read back, anything else refused', () => {
  assert.deepEqual(parseRange('78,1,78,2'), { start: { line: 78, character: 1 }, end: { line: 78, character: 2 } });
  assert.equal(parseRange('78,1,78'), undefined);
  assert.equal(parseRange('a,b,c,d'), undefined);
  assert.equal(parseRange('-1,0,0,0'), undefined);
});

test('labels wrap after the numeral, before a note and before the last two characters', () => {
  assert.equal(wrapLabel('法律服务机构'), '法律服务<wbr>机构');
  assert.equal(wrapLabel('其他'), '其他');
  assert.equal(wrapLabel('（五）不予处理'), '（五）<wbr>不予<wbr>处理');
  assert.equal(wrapLabel('本年收费金额（单位：万元）'), '本年收费<wbr>金额<wbr>（单位：万元）');
});
