import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../src/messages';

test('the status bar shows year, format and error count', () => {
  const info = { year: 2020, template: '2019', errors: 2, warnings: 1 } as const;
  assert.equal(messages('zh').status(info), '2020年报 · 2019版格式 · 2 个错误');
  assert.equal(messages('en').status(info), '2020 report · 2019 format · 2 errors');
  assert.equal(
    messages('en').status({ year: null, template: null, errors: 1, warnings: 0 }),
    'Report · format not recognised · 1 error',
  );
});

test('without the server command gkreport.reportInfo the status bar shows the counts only', () => {
  assert.equal(messages('zh').status({ errors: 1, warnings: 3 }), '年报 · 1 个错误');
});

test('a folder check ends with its counts, in the UI language', () => {
  assert.equal(
    messages('zh').folderChecked({ files: 5, errors: 7, warnings: 15 }),
    '已检查 5 个文件：7 个错误，15 个警告。结果见“问题”面板。',
  );
  assert.equal(
    messages('en').folderChecked({ files: 1, errors: 1, warnings: 0 }),
    'Checked 1 file: 1 error, 0 warnings. See the Problems panel.',
  );
});

test('the output channel says which Java it uses in the UI language', () => {
  assert.equal(messages('zh').javaFound(17, 'JAVA_HOME', '/usr/lib/jvm/17/bin/java'), '使用 Java 17（来自 JAVA_HOME）：/usr/lib/jvm/17/bin/java');
  assert.equal(messages('en').javaFound(21, 'PATH', '/usr/bin/java'), 'Using Java 21 (from PATH): /usr/bin/java');
});
