/**
 * End-to-end: the packaged extension in a real VS Code (code-server), driven through Chromium.
 * Opens the sample that numbers sections 「4、」「5、」, waits for the two `section-number`
 * findings in the Problems panel, applies the quick fix and checks the text now reads 「四、」;
 * then a report checked against last year's in the workspace, the folder check's summary, and
 * its findings back after a restart of the server.
 * Run by .ci/vscode-e2e.sh, which installs code-server and Chromium and sets the variables below.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (run .ci/vscode-e2e.sh)`);
  return value;
}

const CODE_SERVER = required('CODE_SERVER');
const CHROMIUM = required('CHROMIUM');
const VSIX = required('GKREPORT_VSIX');
const SAMPLE = required('GKREPORT_SAMPLE');
const SAMPLES = required('GKREPORT_SAMPLES');
/** A Word file and a web page to import: the blank 2021 format, and a published page with merged cells. */
const DOCX = required('GKREPORT_DOCX');
const HTML = required('GKREPORT_HTML');
const ARTIFACTS = required('E2E_ARTIFACTS');
/** Under its own name, which says nothing of a report: it is recognised by its content (its title spans two lines). */
const REPORT = '003_f2ccba1aa56a8eac.txt';
/** The other samples, under their own names in a folder of their own (004 is last year's report below). */
const SAMPLE_NAMES = ['000_caca49cbca904796.txt', '001_12bbc16d07ceb1d3.txt', '002_61225cc98c41ed80.txt'];
const FIXED_HEADING = /^四、\s*政府信息公开行政复议、行政诉讼情况\s*$/m;
/**
 * One township's reports on 2022 (sample 004, under its own name: its title follows blank lines) and 2023, whose
 * 上年结转 says 1 where 2022 carried nothing forward.
 */
const LAST_YEAR = '004_0edd787810d9c4bb.txt';
const THIS_YEAR = '桦川县创业乡2023年政府信息公开工作年度报告.txt';

/** The cell-per-line row 「label」 with these values, as the Java tests' Samples.setCellPerLineRow writes it. */
function setCellPerLineRow(text: string, label: string, values: string[]): string {
  const lines = text.split('\n');
  const at = lines.indexOf(`\t${label}`);
  assert.ok(at >= 0 && lines.indexOf(`\t${label}`, at + 1) < 0, `row 「${label}」 occurs once`);
  values.forEach((value, k) => (lines[at + 1 + k] = `\t${value}`));
  return lines.join('\n');
}

function thisYearReport(lastYear: string): string {
  let text = lastYear.replace('桦川县创业乡2022年', '桦川县创业乡2023年');
  for (const label of ['二、上年结转政府信息公开申请数量', '（一）予以公开', '（七）总计']) {
    text = setCellPerLineRow(text, label, ['1', '0', '0', '0', '0', '0', '1']);
  }
  return text;
}

/** Workspace, VS Code profile and logs of the last run; kept for a look after a failure. */
const work = join(ARTIFACTS, 'run');
const workspace = join(work, 'workspace');
const codeServerArgs = [
  '--user-data-dir', join(work, 'user-data'),
  '--extensions-dir', join(work, 'extensions'),
  '--config', join(work, 'config.yaml'),
];
let codeServer: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name) });
}

const started = Date.now();
function elapsed(step: string): void {
  console.log(`[e2e] ${step} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  copyFileSync(SAMPLE, join(workspace, REPORT));
  mkdirSync(join(workspace, 'samples'));
  for (const name of SAMPLE_NAMES) copyFileSync(join(SAMPLES, name), join(workspace, 'samples', name));
  const lastYear = readFileSync(join(SAMPLES, LAST_YEAR), 'utf8');
  writeFileSync(join(workspace, LAST_YEAR), lastYear);
  writeFileSync(join(workspace, THIS_YEAR), thisYearReport(lastYear));
  mkdirSync(join(work, 'user-data', 'User'), { recursive: true });
  writeFileSync(
    join(work, 'user-data', 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'extensions.ignoreRecommendations': true,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'git.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'gkreport.language': 'zh-CN',
    }),
  );
  writeFileSync(join(work, 'config.yaml'), 'auth: none\n');
  execFileSync(CODE_SERVER, [...codeServerArgs, '--install-extension', VSIX], { stdio: 'inherit' });
  elapsed('extension installed');

  const port = await freePort();
  codeServer = spawn(
    CODE_SERVER,
    [
      ...codeServerArgs,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      workspace,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  elapsed('code-server listening');

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(60_000);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.monaco-workbench').waitFor();
  elapsed('workbench loaded');
});

after(async () => {
  if (page) await page.screenshot({ path: join(ARTIFACTS, 'last.png') });
  await browser?.close();
  if (codeServer?.pid) process.kill(-codeServer.pid, 'SIGTERM');
});

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('the quick fix turns 「4、」 into 「四、」', { timeout: 240_000 }, async () => {
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: REPORT, exact: true }).dblclick();
  await page.keyboard.press('Control+Shift+M');

  const findings = page.locator('.markers-panel .monaco-list-row', { hasText: 'section-number' });
  await waitUntil('the Problems panel lists two section-number findings', async () => (await findings.count()) === 2, 90_000);
  elapsed('findings listed');

  await findings.filter({ hasText: '“四、”' }).dblclick(); // reveals 「4、」 in the editor
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  await screenshot('problems.png');

  await page.keyboard.press('Control+1'); // focus the editor, keeping the selection
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget .monaco-list-row.focused', { hasText: '改为“四、”' }).waitFor();
  await screenshot('quickfix.png');
  await page.keyboard.press('Enter');

  await page.locator('.monaco-editor .view-line', { hasText: FIXED_HEADING }).waitFor();
  await page.keyboard.press('Control+S');
  const saved = () => readFileSync(join(workspace, REPORT), 'utf8');
  await waitUntil('the saved file reads 「四、」', () => FIXED_HEADING.test(saved()));
  assert.doesNotMatch(saved(), /^4、/m);
  await waitUntil('one section-number finding (「5、」) is left', async () => (await findings.count()) === 1);
  elapsed('fixed and saved');
  await screenshot('fixed.png');
});

/** Runs a command from the palette by its title. */
async function runCommand(title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

test('a report is checked against last year\'s in the workspace, pointing into it', { timeout: 240_000 }, async () => {
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: THIS_YEAR, exact: true }).dblclick();
  // The Problems list draws only the rows in view: show those about last year.
  const filter = page.getByPlaceholder(/^Filter \(e\.g\./);
  await filter.fill('上年');
  const carryOver = page.locator('.markers-panel .monaco-list-row', { hasText: 'cross-year' });
  await waitUntil('the Problems panel lists the two carry-over findings', async () => (await carryOver.count()) === 2, 90_000);
  const there = page.locator('.markers-panel .monaco-list-row', { hasText: '上年报告表三“四、结转下年度继续办理”行“自然人”列：0' });
  await there.first().waitFor();
  await screenshot('cross-year.png');
  await there.first().dblclick(); // related information: opens last year's report at the cell
  await page.locator('.tabs-container .tab.active', { hasText: LAST_YEAR }).waitFor();
  await filter.fill('');
  elapsed('cross-year shown');
});

test('the folder check says what it found, and its findings are back after a restart', { timeout: 240_000 }, async () => {
  await runCommand('gkreport: Check every report in the workspace folder'); // code-server's UI is English: package.nls.json
  const summary = page.locator('.notifications-toasts .notification-toast', { hasText: /已检查 6 个文件：\d+ 个错误，\d+ 个警告/ });
  await summary.waitFor({ timeout: 90_000 });
  await screenshot('folder-check.png');

  await runCommand('View: Close All Editors');
  await runCommand('gkreport: Restart the language server');
  // The Problems list draws only the rows in view: show a finding of last year's report (and of its copy for 2023).
  const filter = page.getByPlaceholder(/^Filter \(e\.g\./);
  await filter.fill('根据根据');
  const lastYears = page.locator('.markers-panel .monaco-list-row', { hasText: LAST_YEAR });
  await waitUntil('last year\'s report, not open, has its findings again', async () => (await lastYears.count()) > 0, 90_000);
  await filter.fill('');
  elapsed('folder findings after a restart');
});

test('every sample opens as a report under its own name, with no command', { timeout: 240_000 }, async () => {
  const explorer = page.locator('.explorer-folders-view');
  await explorer.getByRole('treeitem', { name: 'samples', exact: true }).click();
  for (const name of [LAST_YEAR, ...SAMPLE_NAMES]) {
    await runCommand('View: Close All Editors'); // no editor, no language in the status bar: nothing stale to see
    await explorer.getByRole('treeitem', { name, exact: true }).dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    // The language indicator in the status bar names the report language once the file is recognised.
    await page.locator('.statusbar-item', { hasText: 'Annual report on government information disclosure' }).waitFor({ timeout: 60_000 });
  }
  await screenshot('recognised.png');
  elapsed('every sample recognised');
});

test('a row missing its values is underlined where a person sees it', { timeout: 240_000 }, async () => {
  await runCommand('View: Close All Editors');
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: '002_61225cc98c41ed80.txt', exact: true }).dblclick();
  const filter = page.getByPlaceholder(/^Filter \(e\.g\./);
  await filter.fill('缺少6个数值');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: '（一）予以公开' }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.dblclick(); // reveals the row in the editor
  const widths = async () =>
    Promise.all((await page.locator('.monaco-editor .squiggly-error').all()).map(async (s) => (await s.boundingBox())?.width ?? 0));
  await waitUntil('a squiggle at least 100 px wide', async () => Math.max(0, ...(await widths())) >= 100);
  await screenshot('missing-cells.png');
  await filter.fill('');
});

test('the table view draws the tables as grids, with the broken sums marked', { timeout: 240_000 }, async () => {
  await runCommand('View: Close All Editors');
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: THIS_YEAR, exact: true }).dblclick();
  const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: '以表格查看' }).first();
  await lens.waitFor({ timeout: 60_000 });
  await lens.click();
  const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  await view.locator('table').first().waitFor({ timeout: 60_000 });
  await view.getByText('本年新收政府信息公开申请数量').first().waitFor();
  await page.locator('.tabs-container .tab', { hasText: '表格' }).first().waitFor();
  await screenshot('table-view.png');
  elapsed('table view shown');
});

test('a rule link opens the rule page as a rendered preview', { timeout: 240_000 }, async () => {
  await runCommand('View: Close All Editors');
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: REPORT, exact: true }).dblclick();
  const link = page.locator('.markers-panel .monaco-list-row a', { hasText: 'section-number' }).first();
  await link.waitFor({ timeout: 60_000 });
  await link.click();
  await page.locator('.tabs-container .tab', { hasText: 'Preview section-number.md' }).waitFor({ timeout: 30_000 });
  const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  await preview.locator('h1', { hasText: 'section-number' }).waitFor({ timeout: 30_000 }); // rendered, not Markdown source
  await screenshot('rule-page.png');
});

test('a Word file and a web page are imported through one dialog, each into a text named after it', { timeout: 240_000 }, async () => {
  for (const file of [DOCX, HTML]) {
    await runCommand('gkreport: Import a Report (Word, Web Page or PDF)…');
    // code-server's file dialog is a quick input that takes a path.
    const path = page.locator('.quick-input-widget input');
    await waitUntil('the dialog shows its folder', async () => (await path.inputValue()).endsWith('/'));
    await path.press('Control+A');
    await path.pressSequentially(file);
    await waitUntil('the dialog took the path', async () => (await path.inputValue()) === file);
    await page.keyboard.press('Enter');
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '.md');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 60_000 });
  }
  await screenshot('imported.png');
  elapsed('imported a .docx and an .html');
});
