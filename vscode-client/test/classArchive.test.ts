import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { archiveName, classArchiveArgs } from '../src/classArchive';
import { serverArgs } from '../src/java';

function fakeJar(): string {
  const jar = join(mkdtempSync(join(tmpdir(), 'gkreport-jar-')), 'gkreport.jar');
  writeFileSync(jar, 'PK jar bytes');
  return jar;
}

test('the first start makes the archive at exit, in a folder it creates; the next start uses it', () => {
  const jar = fakeJar();
  const folder = join(mkdtempSync(join(tmpdir(), 'gkreport-storage-')), 'not', 'yet');
  const archive = join(folder, archiveName(jar));
  assert.deepEqual(classArchiveArgs(jar, folder), [`-XX:ArchiveClassesAtExit=${archive}`, '-Xlog:cds=error:stderr']);
  assert.ok(existsSync(folder));
  writeFileSync(archive, 'made by the JVM at exit');
  assert.deepEqual(classArchiveArgs(jar, folder), ['-Xshare:auto', `-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=error:stderr']);
});

test('a restart in the same window uses an archive but never makes one', () => {
  const jar = fakeJar();
  const folder = mkdtempSync(join(tmpdir(), 'gkreport-storage-'));
  assert.deepEqual(classArchiveArgs(jar, folder, false), []);
  const archive = join(folder, archiveName(jar));
  writeFileSync(archive, 'made by the first server at its exit');
  assert.deepEqual(classArchiveArgs(jar, folder, false), ['-Xshare:auto', `-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=error:stderr']);
});

test('a changed jar gets a new archive and the old one is removed; other files stay', () => {
  const jar = fakeJar();
  const folder = mkdtempSync(join(tmpdir(), 'gkreport-storage-'));
  const old = archiveName(jar);
  writeFileSync(join(folder, old), 'old archive');
  writeFileSync(join(folder, 'settings.json'), '{}');
  utimesSync(jar, new Date(2030, 0, 1), new Date(2030, 0, 1));
  assert.notEqual(archiveName(jar), old);
  const args = classArchiveArgs(jar, folder);
  assert.deepEqual(args, [`-XX:ArchiveClassesAtExit=${join(folder, archiveName(jar))}`, '-Xlog:cds=error:stderr']);
  assert.deepEqual(readdirSync(folder), ['settings.json']);
});

test('no archive when the folder cannot be made', () => {
  const jar = fakeJar();
  const file = join(mkdtempSync(join(tmpdir(), 'gkreport-storage-')), 'a-file');
  writeFileSync(file, 'not a folder');
  assert.deepEqual(classArchiveArgs(jar, join(file, 'sub')), []);
});

test('the archive options come before the jar, after the logging that keeps stdout clean', () => {
  const args = serverArgs('/ext/server/gkreport.jar', ['-Xshare:auto', '-XX:SharedArchiveFile=/s/a.jsa', '-Xlog:cds=error:stderr']);
  assert.ok(args.indexOf('-Xlog:all=warning:stderr') < args.indexOf('-Xlog:cds=error:stderr'));
  assert.deepEqual(args.slice(-3), ['-jar', '/ext/server/gkreport.jar', 'lsp']);
});

test('with a real JVM and the server jar: the archive is made at exit, then used, and stdout holds only the protocol', () => {
  const jar = join(__dirname, '..', '..', '..', 'server', 'target', 'gkreport.jar');
  assert.ok(existsSync(jar), `build the server first (mvn -B -ntp package): ${jar}`);
  const folder = mkdtempSync(join(tmpdir(), 'gkreport-storage-'));
  const shutdown = '{"jsonrpc":"2.0","id":1,"method":"shutdown"}';
  const input = `Content-Length: ${shutdown.length}\r\n\r\n${shutdown}`;
  for (let start = 0; start < 2; start++) {
    const args = serverArgs(jar, classArchiveArgs(jar, folder));
    let stdout = '';
    try {
      stdout = execFileSync('java', args, { input, timeout: 30_000, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
    } catch (e) {
      stdout = String((e as { stdout?: Buffer }).stdout ?? ''); // exit 1: stdin ended before `exit`, as the protocol says
    }
    assert.match(stdout, /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":1,/);
    assert.ok(existsSync(join(folder, archiveName(jar))), `archive after start ${start + 1}`);
  }
});
