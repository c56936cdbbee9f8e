import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IMPORTABLE,
  importedName,
  matchesReportGlobs,
  mayRecognise,
  REPORT_HEAD_CHARS,
  reportHead,
  toSearchGlob,
  worthAsking,
} from '../src/files';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

const DEFAULT_GLOBS = ['**/*年度报告*.{txt,md}', '*.gkr'];

test('the default gkreport.files match reports by name, in or outside a workspace', () => {
  assert.ok(matchesReportGlobs('2020年政府信息公开工作年度报告.txt', DEFAULT_GLOBS));
  assert.ok(matchesReportGlobs('reports/2021/沐石河街道年度报告.md', DEFAULT_GLOBS));
  assert.ok(matchesReportGlobs('/home/u/沐石河街道2020年度报告.txt', DEFAULT_GLOBS));
  assert.ok(matchesReportGlobs('C:\\Users\\u\\报告\\x.gkr', DEFAULT_GLOBS));
  assert.ok(matchesReportGlobs('deep/er/x.gkr', DEFAULT_GLOBS));
  assert.ok(!matchesReportGlobs('notes/年度报告.docx', DEFAULT_GLOBS));
  assert.ok(!matchesReportGlobs('notes/readme.txt', DEFAULT_GLOBS));
  assert.ok(!matchesReportGlobs('2020年政府信息公开工作年度报告.txt', []));
});

test('a glob with a folder is matched against the workspace-relative path', () => {
  assert.ok(matchesReportGlobs('年报/2020.txt', ['年报/*.txt']));
  assert.ok(!matchesReportGlobs('other/年报/2020.txt', ['年报/*.txt']));
});

test('a .txt or .md open as plain text or Markdown is recognised by its content', () => {
  assert.ok(mayRecognise('/x/003_f2ccba1aa56a8eac.txt', 'plaintext'));
  assert.ok(mayRecognise('/x/2020.MD', 'markdown'));
  assert.ok(!mayRecognise('/x/2020.log', 'plaintext'));
  assert.ok(!mayRecognise('/x/2020.txt', 'gkreport'));
  assert.ok(!mayRecognise('/x/2020.md', 'json'));
});

test('every sample, named or not, is worth asking the server about; notes that never say 公开 are not', () => {
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'));
  assert.ok(samples.length >= 5);
  for (const name of samples) {
    const text = readFileSync(join(SAMPLES, name), 'utf8');
    assert.ok(!matchesReportGlobs(name, DEFAULT_GLOBS), `${name} is not a report by its name`);
    assert.ok(worthAsking(reportHead(text)), name);
  }
  assert.ok(!worthAsking(reportHead('# 会议纪要\n\n讨论了下周的安排。\n')));
  assert.ok(!worthAsking(reportHead('TODO\n- 买菜\n- 2020年的照片整理\n')));
});

test('the server is sent the first 16 K code units of a document, which is all it judges', () => {
  const line = '本机关认真贯彻落实条例，推进政务公开。\n';
  const text = line.repeat(2000);
  assert.equal(reportHead(text).length, REPORT_HEAD_CHARS);
  assert.equal(REPORT_HEAD_CHARS, 16 * 1024);
  assert.equal(reportHead(line), line);
});

test('a glob without a folder searches every folder', () => {
  assert.equal(toSearchGlob('*.gkr'), '**/*.gkr');
  assert.equal(toSearchGlob('**/*年度报告*.{txt,md}'), '**/*年度报告*.{txt,md}');
});

test('the import dialog lists Word documents, web pages and PDFs, and names the text after the file', () => {
  assert.deepEqual(IMPORTABLE, ['docx', 'html', 'htm', 'pdf']);
  assert.equal(importedName('洪泽区2023年报告.pdf'), '洪泽区2023年报告.md');
  assert.equal(importedName('report.docx'), 'report.md');
  assert.equal(importedName('README'), 'README.md');
});
