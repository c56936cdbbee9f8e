import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEBOUNCE_MS, toServerSettings } from '../src/settings';

test('defaults: Chinese, every rule at its default, checked while typing', () => {
  assert.deepEqual(toServerSettings({}), { language: 'zh', rules: {}, run: 'onType', debounceMs: DEBOUNCE_MS });
});

test('gkreport.language zh-CN → zh and en → en', () => {
  assert.equal(toServerSettings({ language: 'zh-CN' }).language, 'zh');
  assert.equal(toServerSettings({ language: 'en' }).language, 'en');
});

test('gkreport.rules keeps known severities and drops the rest', () => {
  const rules = { 'section-number': 'warning', 'section-title': 'off', 'sum-relation': 'fatal', plausibility: 3 };
  assert.deepEqual(toServerSettings({ rules }).rules, { 'section-number': 'warning', 'section-title': 'off' });
  assert.deepEqual(toServerSettings({ rules: ['section-number'] }).rules, {});
  assert.deepEqual(toServerSettings({ rules: null }).rules, {});
});

test('gkreport.run onSave is passed; anything else is onType', () => {
  assert.equal(toServerSettings({ run: 'onSave' }).run, 'onSave');
  assert.equal(toServerSettings({ run: 'sometimes' }).run, 'onType');
});
