// End-to-end test of `gkreport lsp` as an editor runs it: the built jar over stdio, driven by an
// independent client (vscode-languageserver-protocol, not LSP4J). Run by e2e/lsp/run.sh from .ci/run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import lsp from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const jar = process.env.GKREPORT_JAR ?? resolve(root, 'server', 'target', 'gkreport.jar');
const JVM_FLAGS = ['-Xlog:disable', '-Xlog:all=warning:stderr'];
const TIMEOUT_MS = 20000;

const sample = (name) => {
  const path = resolve(root, 'samples', name);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
};
const S001 = sample('001_12bbc16d07ceb1d3.txt');
const S003 = sample('003_f2ccba1aa56a8eac.txt');

/** Applies LSP text edits (UTF-16 positions, which is how JavaScript strings count). */
function applyEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p) => Math.min(starts[p.line] + p.character, text.length);
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const editsOf = (action, uri) =>
  action.edit.documentChanges
    ? action.edit.documentChanges.filter((d) => d.textDocument.uri === uri).flatMap((d) => d.edits)
    : action.edit.changes[uri];

describe('gkreport lsp over stdio', () => {
  let server;
  let connection;
  let stderr = '';
  const published = [];
  const waiters = [];

  /** The first diagnostics for the URI and version, published before or after the call. */
  const diagnostics = (uri, version) =>
    new Promise((resolvePromise, reject) => {
      const match = (p) => p.uri === uri && p.version === version;
      const found = published.find(match);
      if (found) return resolvePromise(found.diagnostics);
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; stderr: ${stderr}`)), TIMEOUT_MS);
      waiters.push({ match, resolve: (p) => { clearTimeout(timer); resolvePromise(p.diagnostics); } });
    });

  const request = (type, params) => connection.sendRequest(type, params);
  const open = (doc, uri = doc.uri) =>
    connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'gkreport', version: 1, text: doc.text },
    });
  const change = (uri, version, contentChanges) =>
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });

  before(async () => {
    server = spawn('java', [...JVM_FLAGS, '-jar', jar, 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr.on('data', (chunk) => { stderr += chunk; });
    connection = lsp.createProtocolConnection(
      new lsp.StreamMessageReader(server.stdout),
      new lsp.StreamMessageWriter(server.stdin),
    );
    connection.onError(([error]) => assert.fail(`protocol error (stdout must carry the protocol only): ${error}`));
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      for (const w of waiters.filter((x) => x.match(p))) w.resolve(p);
    });
    connection.listen();
    const result = await request(lsp.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    assert.equal(result.serverInfo.name, 'gkreport');
    assert.equal(result.capabilities.textDocumentSync.change, lsp.TextDocumentSyncKind.Incremental);
    assert.deepEqual(result.capabilities.executeCommandProvider.commands,
      ['gkreport.reportInfo', 'gkreport.importDocx', 'gkreport.checkFolder', 'gkreport.isReport', 'gkreport.tableView']);
    connection.sendNotification(lsp.InitializedNotification.type, {});
  });

  after(async () => {
    const exited = new Promise((resolvePromise) => server.on('exit', (code) => resolvePromise(code)));
    await request(lsp.ShutdownRequest.type);
    connection.sendNotification(lsp.ExitNotification.type);
    assert.equal(await exited, 0, `exit code after shutdown and exit; stderr: ${stderr}`);
    connection.dispose();
  });

  it('publishes the two section-number errors of sample 003 with code, source and doc link', async () => {
    open(S003);
    const found = (await diagnostics(S003.uri, 1)).filter((d) => d.code === 'section-number');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[347, 0, 2], [394, 0, 2]]);
    assert.equal(found[0].source, 'gkreport');
    assert.equal(found[0].severity, lsp.DiagnosticSeverity.Error);
    assert.match(found[0].codeDescription.href, /^file:.*\/docs\/rules\/section-number\.md$/);
  });

  it('tells a report by its content before it is opened (gkreport.isReport)', async () => {
    const isReport = (text) => request(lsp.ExecuteCommandRequest.type, { command: 'gkreport.isReport', arguments: [text] });
    assert.equal(await isReport(S003.text.slice(0, 16 * 1024)), true);
    assert.equal(await isReport(readFileSync(resolve(root, 'README.md'), 'utf8')), false);
  });

  it('fixes a heading with a quick fix, and the diagnostic goes', async () => {
    const range = { start: { line: 347, character: 0 }, end: { line: 347, character: 2 } };
    const actions = await request(lsp.CodeActionRequest.type, { textDocument: { uri: S003.uri }, range, context: { diagnostics: [] } });
    const fix = actions.find((a) => a.title === '改为“四、”');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.kind, 'quickfix');
    change(S003.uri, 2, editsOf(fix, S003.uri).map((e) => ({ range: e.range, text: e.newText })));
    const after = await diagnostics(S003.uri, 2);
    assert.deepEqual(after.filter((d) => d.code === 'section-number').map((d) => d.range.start.line), [394]);
  });

  it('answers hover, documentSymbol, foldingRange and inlayHint', async () => {
    const doc = { textDocument: { uri: S001.uri } };
    open(S001);
    await diagnostics(S001.uri, 1);
    // Line 64 of sample 001 is table 四's row of numbers; its fifth cell is 行政复议's 总计.
    const hover = await request(lsp.HoverRequest.type, { ...doc, position: { line: 63, character: 16 } });
    assert.match(hover.contents.value, /表四/);
    assert.match(hover.contents.value, /✓ 成立/);
    const [rootSymbol] = await request(lsp.DocumentSymbolRequest.type, doc);
    assert.equal(rootSymbol.children.length, 6);
    assert.deepEqual(rootSymbol.children.slice(1, 4).map((s) => s.children[0].name), ['表二', '表三', '表四']);
    const folds = await request(lsp.FoldingRangeRequest.type, doc);
    assert.ok(folds.some((f) => f.startLine === 59 && f.endLine === 63), JSON.stringify(folds));
    const hints = await request(lsp.InlayHintRequest.type, {
      ...doc, range: { start: { line: 63, character: 0 }, end: { line: 64, character: 0 } },
    });
    assert.deepEqual(hints.map((h) => h.label), ['Σ 0', 'Σ 0', 'Σ 0']);
  });

  it('reports a broken sum after a change, with its operand cells', async () => {
    change(S001.uri, 2, [{ range: { start: { line: 63, character: 0 }, end: { line: 63, character: 1 } }, text: '3' }]);
    const sums = (await diagnostics(S001.uri, 2)).filter((d) => d.code === 'sum-relation');
    assert.equal(sums.length, 1);
    assert.deepEqual(sums[0].range.start, { line: 63, character: 16 });
    assert.equal(sums[0].relatedInformation.length, 4);
    const hints = await request(lsp.InlayHintRequest.type, {
      textDocument: { uri: S001.uri }, range: { start: { line: 63, character: 0 }, end: { line: 64, character: 0 } },
    });
    assert.equal(hints[0].label, 'Σ 3 ✗');
  });

  it('counts columns in UTF-16 code units after a supplementary character', async () => {
    const uri = `${S001.uri}.utf16`;
    const text = S001.text.replace('一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '𠀀一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 9 |');
    open({ text }, uri);
    const line = text.split('\n')[36];
    const total = (await diagnostics(uri, 1)).find((d) => d.code === 'sum-relation' && d.range.start.line === 36);
    assert.equal(total.range.start.character, line.indexOf('9 |'));
  });

  it('formats to the canonical form without changing any finding', async () => {
    // A year-mismatch message quotes the source line a year stands on; formatting joins a cell
    // written over several lines, so for that rule the quote is not compared.
    const finding = (d) => (d.code === 'year-mismatch' ? `${d.code} ${d.severity}` : `${d.code} ${d.severity} ${d.message}`);
    const before = (await diagnostics(S003.uri, 2)).map(finding);
    const edits = await request(lsp.DocumentFormattingRequest.type, {
      textDocument: { uri: S003.uri }, options: { tabSize: 4, insertSpaces: true },
    });
    assert.ok(edits.length > 0);
    change(S003.uri, 3, edits.map((e) => ({ range: e.range, text: e.newText })).reverse());
    const after = (await diagnostics(S003.uri, 3)).map(finding);
    assert.deepEqual(after, before);
  });

  it('answers gkreport.reportInfo as the status bar reads it, null included', async () => {
    const uri = `${S003.uri}.info`;
    open(S003, uri);
    await diagnostics(uri, 1);
    const info = await request(lsp.ExecuteCommandRequest.type, { command: 'gkreport.reportInfo', arguments: [uri] });
    assert.deepEqual(info, { year: 2020, template: '2019', errors: 2, warnings: 3 });
    change(uri, 2, [{ text: '正文一行，没有标题。\n' }]);
    await diagnostics(uri, 2);
    const blank = await request(lsp.ExecuteCommandRequest.type, { command: 'gkreport.reportInfo', arguments: [uri] });
    assert.equal(blank.year, null);
    assert.equal(blank.template, null);
  });
});
