import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rulePreviewLink } from '../src/ruleLinks';

test('a rule page link runs the preview command with the page', () => {
  const page = 'file:///home/u/.vscode/extensions/gkreport.gkreport-0.1.0/docs/rules/sum-relation.md';
  const link = rulePreviewLink(page);
  assert.ok(link.startsWith('command:gkreport.showRule?'));
  assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))), [page]);
});

test('other links are kept', () => {
  assert.equal(rulePreviewLink('https://example.invalid/rule'), 'https://example.invalid/rule');
  assert.equal(rulePreviewLink('file:///x/readme.txt'), 'file:///x/readme.txt');
});
