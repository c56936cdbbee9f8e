import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findJava, parseJavaVersion, serverArgs } from '../src/java';
import { messages } from '../src/messages';

/** A folder holding bin/java that reports `version` the way a JDK does (on stderr). */
function fakeJavaHome(version: string): string {
  const home = mkdtempSync(join(tmpdir(), 'gkreport-java-'));
  mkdirSync(join(home, 'bin'));
  const java = join(home, 'bin', 'java');
  writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2025-04-15' >&2\n`);
  chmodSync(java, 0o755);
  return home;
}

const java17 = fakeJavaHome('17.0.15');
const java21 = fakeJavaHome('21.0.2');
const java8 = fakeJavaHome('1.8.0_392');
const empty = mkdtempSync(join(tmpdir(), 'gkreport-nojava-'));

test('parses the major version of old and new version strings', () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
  assert.equal(parseJavaVersion('command not found'), undefined);
});

test('the setting gkreport.java.home comes first', async () => {
  const result = await findJava(java21, { JAVA_HOME: java17, PATH: join(java17, 'bin') });
  assert.deepEqual(result, { found: true, path: join(java21, 'bin', 'java'), version: 21, source: 'setting' });
});

test('then JAVA_HOME, then PATH', async () => {
  const fromHome = await findJava('', { JAVA_HOME: java17, PATH: join(java21, 'bin') });
  assert.equal(fromHome.found && fromHome.source, 'JAVA_HOME');
  const result = await findJava(undefined, { PATH: [empty, join(java21, 'bin')].join(':') });
  assert.deepEqual(result, { found: true, path: join(java21, 'bin', 'java'), version: 21, source: 'PATH' });
});

test('a Java older than 17 is skipped for the next place', async () => {
  const result = await findJava(java8, { PATH: join(java17, 'bin') });
  assert.equal(result.found && result.source, 'PATH');
});

test('when no place has Java 17+, every place is reported with its reason', async () => {
  const result = await findJava(empty, { JAVA_HOME: java8, PATH: empty });
  assert.deepEqual(result, {
    found: false,
    tried: [
      { source: 'setting', path: join(empty, 'bin', 'java'), problem: 'notFound' },
      { source: 'JAVA_HOME', path: join(java8, 'bin', 'java'), version: 8, problem: 'tooOld' },
      { source: 'PATH', problem: 'notFound' },
    ],
  });
  assert.ok(!result.found);
  const zh = messages('zh').javaMissing(result.tried);
  assert.match(zh, /需要 Java 17 或更高版本/);
  assert.match(zh, /gkreport\.java\.home/);
  assert.match(zh, /Java 8，版本过低/);
  assert.match(messages('en').javaMissing(result.tried), /needs Java 17 or newer/);
});

test('a java that does not run is reported as such', async () => {
  const broken = fakeJavaHome('x');
  writeFileSync(join(broken, 'bin', 'java'), '#!/bin/sh\nexit 3\n');
  const result = await findJava(broken, {});
  assert.equal(!result.found && result.tried[0].problem, 'notRunnable');
  assert.equal(!result.found && result.tried[1].problem, 'notSet');
});

test('finds the Java 17+ of this machine on PATH', async () => {
  const result = await findJava(undefined, { PATH: process.env.PATH });
  assert.ok(result.found && result.version >= 17, JSON.stringify(result));
});

test('the JVM logs to stderr only and leaves OutOfMemoryError to the server, which answers it off stdout', () => {
  const args = serverArgs('/ext/server/gkreport.jar');
  assert.deepEqual(args.slice(-3), ['-jar', '/ext/server/gkreport.jar', 'lsp']);
  assert.ok(!args.some((a) => a.includes('OnOutOfMemoryError')), args.join(' '));
  assert.ok(args.includes('-Xlog:disable') && args.includes('-Xlog:all=warning:stderr'));
});
