// Opens the page `gkreport review` writes from disk in headless Chromium and uses it as a reviewer
// would: sorts by errors, filters by rule and by agency, opens a report and reads its grid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const jar = path.resolve(here, process.env.GKREPORT_JAR ?? '../../server/target/gkreport.jar');
const benchmarks = path.resolve(here, process.env.GKREPORT_BENCHMARKS ?? '../../bench/target/benchmarks.jar');
const artifacts = process.env.E2E_ARTIFACTS ? path.resolve(process.env.E2E_ARTIFACTS) : null;
const work = mkdtempSync(path.join(tmpdir(), 'gkreport-review-'));

/** Writes the review page of these paths (relative to the repository) and gives its file. */
function review(name, ...paths) {
  const page = path.join(work, name, 'review.html');
  try {
    execFileSync('java', ['-jar', jar, 'review', ...paths, '-o', page], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: the reports have errors, as the samples do
  }
  assert.ok(existsSync(page), `${page} written`);
  return page;
}

let browser;
let page;
const problems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request to ${r.url()}`); });
});

after(async () => {
  await browser?.close();
});

async function open(file) {
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#report-table tbody tr');
}

const visibleRows = () => page.$$eval('#report-table tbody tr:not(.hidden)', (rows) => rows.map((r) => ({
  file: r.cells[0].getAttribute('data-v'),
  agency: r.getAttribute('data-agency'),
  rules: r.getAttribute('data-rules').split(' ').filter(Boolean),
  errors: Number(r.cells[4].getAttribute('data-v')),
})));

test('the samples and the corpus: sort, filter, grid, no console errors', async () => {
  const file = review('samples', 'samples', 'server/src/test/resources/corpus');
  await open(file);
  const all = await visibleRows();
  assert.ok(all.length >= 10, `a row per report (${all.length})`);

  await page.click('th[data-key=errors]');
  await page.click('th[data-key=errors]');
  assert.equal(await page.getAttribute('th[data-key=errors]', 'aria-sort'), 'descending');
  const byErrors = (await visibleRows()).map((r) => r.errors);
  assert.deepEqual(byErrors, [...byErrors].sort((a, b) => b - a), 'rows sorted by errors, most first');
  assert.ok(byErrors[0] > byErrors[byErrors.length - 1], 'the errors differ between reports');

  await page.selectOption('#filter-rule', 'sum-relation');
  const withSums = await visibleRows();
  assert.ok(withSums.length > 0 && withSums.length < all.length, `some reports have sum-relation findings (${withSums.length})`);
  assert.ok(withSums.every((r) => r.rules.includes('sum-relation')));
  await page.selectOption('#filter-rule', '');

  const agency = all.find((r) => r.agency).agency;
  const part = [...agency].slice(0, 4).join('');
  await page.fill('#filter-agency', part);
  const ofAgency = await visibleRows();
  assert.ok(ofAgency.length > 0 && ofAgency.length < all.length, `filtering by «${part}» leaves ${ofAgency.length} rows`);
  assert.ok(ofAgency.every((r) => r.agency.includes(part)));
  await page.fill('#filter-agency', '');
  assert.equal((await visibleRows()).length, all.length);

  // A report with a broken sum: open its section through the table's link, find the highlighted cell.
  const broken = withSums[0];
  await page.click(`#report-table tbody tr:has(td[data-v="${broken.file}"]) a.open`);
  const details = page.locator('details[open]');
  await details.locator('td.broken').first().waitFor();
  const computed = await details.locator('td.broken .computed').first().textContent();
  assert.match(computed, /\d/, 'the broken total shows the computed value');
  if (artifacts) {
    mkdirSync(artifacts, { recursive: true });
    await details.locator('td.broken').first().evaluate((td) => td.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(artifacts, 'review-samples-grid.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'review-samples.png'), fullPage: false });
  }
  assert.deepEqual(problems, [], 'no console errors, no request off the disk');
});

test('a thousand generated reports: the page opens and filters quickly', async () => {
  const corpus = path.join(work, 'generated');
  execFileSync('java', ['-cp', benchmarks, 'gkreport.bench.WriteCorpus', '--count', '1000', '--out', corpus, '--seed', '7']);
  const started = Date.now();
  const file = review('generated', corpus);
  const built = Date.now() - started;
  await open(file);
  assert.equal((await visibleRows()).length, 1000);
  await page.selectOption('#filter-rule', 'sum-relation');
  const filtered = await visibleRows();
  assert.ok(filtered.length > 0 && filtered.length < 1000);
  await page.selectOption('#filter-rule', '');
  await page.click('th[data-key=warnings]');
  console.log(`# 1000 generated reports: page written in ${built} ms`);
  if (artifacts) await page.screenshot({ path: path.join(artifacts, 'review-generated.png') });
  assert.deepEqual(problems, []);
});
