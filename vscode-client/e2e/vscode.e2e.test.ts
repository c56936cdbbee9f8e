/**
 * End-to-end: the packaged extension in a real VS Code (code-server), driven through Chromium.
 * Opens the sample that numbers sections 「4、」「5、」, waits for the two `section-number`
 * findings in the Problems panel, applies the quick fix and checks the text now reads 「四、」.
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
const ARTIFACTS = required('E2E_ARTIFACTS');
/** Named so that it matches the default `gkreport.files` (its first line names no report). */
const REPORT = '沐石河街道办事处2020年政府信息公开工作年度报告.txt';
const FIXED_HEADING = /^四、\s*政府信息公开行政复议、行政诉讼情况\s*$/m;

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
  await page.getByRole('treeitem', { name: REPORT }).dblclick();
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
