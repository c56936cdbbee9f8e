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
