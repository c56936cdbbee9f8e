import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMPORTABLE, importedName, isReportByFirstLine, matchesReportGlobs, toSearchGlob } from '../src/files';

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

test('a .txt or .md whose first line names a 政府信息公开…年度报告 is a report', () => {
  assert.ok(isReportByFirstLine('/x/2020.txt', '某某区人民政府2020年政府信息公开工作年度报告'));
  assert.ok(isReportByFirstLine('/x/2020.MD', '# 2021年度政府信息公开工作年度报告'));
  assert.ok(!isReportByFirstLine('/x/2020.txt', '长春市九台区沐石河街道办事处2020年'));
  assert.ok(!isReportByFirstLine('/x/2020.log', '2020年政府信息公开工作年度报告'));
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
