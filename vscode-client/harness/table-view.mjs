// Renders the table view of real samples in headless Chromium, as VS Code's webview shows it (light
// theme by default), checks the page breaks no Content-Security-Policy rule, and saves screenshots; with
// --fixtures it also writes the server's answers the unit tests read (test/fixtures/). Needs the server
// jar (mvn -B -DskipTests package) and Chromium (CHROMIUM, default /usr/bin/chromium).
//
//   npm run screenshots:table-view -- [--fixtures] [--out DIR] [--lang zh|en] [--width PIXELS] [--theme light|dark]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { renderPage, renderTables } from '../out/src/tableHtml.js';
import { tableViewText } from '../out/src/tableViewText.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const OUT = resolve(option('--out', 'out/table-view'));
const LANG = option('--lang', 'zh');
const WIDTH = Number(option('--width', '1100'));
const THEME = option('--theme', 'light');
const JAR = resolve('../server/target/gkreport.jar');
const SAMPLES = resolve('../samples');

/** Sample 004 (one cell per line) with a clerk's slip: 自然人 of 「一、本年新收」 changed from 0 to 3. */
function mutated004() {
  const lines = readFileSync(join(SAMPLES, '004_0edd787810d9c4bb.txt'), 'utf8').split('\n');
  if (lines[77] !== '\t一、本年新收政府信息公开申请数量' || lines[78] !== '\t0') throw new Error('sample 004 changed');
  lines[78] = '\t3';
  return lines.join('\n');
}

const REPORTS = [
  { name: '004', file: '004_0edd787810d9c4bb.txt', text: mutated004() },
  { name: '001', file: '001_12bbc16d07ceb1d3.txt', text: readFileSync(join(SAMPLES, '001_12bbc16d07ceb1d3.txt'), 'utf8') },
];

/** VS Code's Light Modern colours for the variables the page uses. */
const LIGHT_THEME = {
  '--vscode-font-family': '-apple-system, BlinkMacSystemFont, "Segoe WPC", "Segoe UI", "Noto Sans CJK SC", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-editor-font-family': 'Consolas, "Courier New", "Noto Sans Mono CJK SC", monospace',
  '--vscode-foreground': '#3b3b3b',
  '--vscode-descriptionForeground': '#717171',
  '--vscode-editor-background': '#ffffff',
  '--vscode-editorWidget-background': '#f8f8f8',
  '--vscode-editorWidget-border': '#c8c8c8',
  '--vscode-panel-border': '#e5e5e5',
  '--vscode-errorForeground': '#f85149',
  '--vscode-editorWarning-foreground': '#bf8803',
  '--vscode-testing-iconPassed': '#388a34',
  '--vscode-inputValidation-errorBackground': '#f2dede',
  '--vscode-inputValidation-warningBackground': '#f6f5d2',
  '--vscode-list-hoverBackground': '#f2f2f2',
  '--vscode-focusBorder': '#005fb8',
  '--vscode-textBlockQuote-background': '#f8f8f8',
};

/** VS Code's Dark Modern colours. */
const DARK_THEME = {
  ...LIGHT_THEME,
  '--vscode-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editorWidget-background': '#202020',
  '--vscode-editorWidget-border': '#313131',
  '--vscode-panel-border': '#2b2b2b',
  '--vscode-errorForeground': '#f85149',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-testing-iconPassed': '#73c991',
  '--vscode-inputValidation-errorBackground': '#5a1d1d',
  '--vscode-inputValidation-warningBackground': '#352a05',
  '--vscode-list-hoverBackground': '#2a2d2e',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-textBlockQuote-background': '#2b2b2b',
};

async function tableViews() {
  const server = spawn('java', ['-Xlog:disable', '-Xlog:all=warning:stderr', '-jar', JAR, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onNotification(() => {});
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { language: LANG, debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});
  const views = [];
  for (const report of REPORTS) {
    const uri = pathToFileURL(join(SAMPLES, report.file)).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gkreport', version: 1, text: report.text } });
    const data = await connection.sendRequest('workspace/executeCommand', { command: 'gkreport.tableView', arguments: [uri] });
    views.push({ ...report, data });
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return views;
}

const views = await tableViews();
mkdirSync(OUT, { recursive: true });
if (args.includes('--fixtures')) {
  mkdirSync('test/fixtures', { recursive: true });
  for (const v of views) {
    const data = { ...v.data, uri: `file:///samples/${v.file}` }; // no path of this machine in the fixture
    writeFileSync(`test/fixtures/table-view-${v.name}.json`, JSON.stringify(data) + '\n');
  }
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1 });
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const v of views) {
    const text = tableViewText(LANG);
    const html = renderPage(renderTables(v.data, text), { nonce: 'harness', title: text.title(v.file), lang: LANG === 'en' ? 'en' : 'zh-CN' });
    const file = join(OUT, `table-view-${v.name}.html`);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
    // As VS Code does: the theme's colours as CSS variables on <html>, its kind as a class on <body>.
    await page.evaluate(
      ({ variables, kind }) => {
        for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
        document.body.classList.add(kind);
      },
      THEME === 'dark' ? { variables: DARK_THEME, kind: 'vscode-dark' } : { variables: LIGHT_THEME, kind: 'vscode-light' },
    );
    // The page's own script runs under its policy: hovering a relation outlines its cells.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.hover('tr.relation >> nth=0');
    const outlined = await page.evaluate(() => document.querySelectorAll('td.highlight').length);
    if (outlined === 0) throw new Error(`${v.name}: the page's script did not run`);
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    await page.screenshot({ path: join(OUT, `table-view-${v.name}.png`), fullPage: true });
    console.log(join(OUT, `table-view-${v.name}.png`));
  }
  if (violations.length > 0) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
} finally {
  await browser.close();
}
