/** Finds a Java 17+ runtime: setting `gkreport.java.home`, then `JAVA_HOME`, then `PATH`. */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const MIN_JAVA = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';
export type JavaProblem = 'notSet' | 'notFound' | 'notRunnable' | 'tooOld';

/** One place that was looked at, and why it did not do (when it did not). */
export interface JavaCandidate {
  source: JavaSource;
  path?: string;
  version?: number;
  problem?: JavaProblem;
}

/** A place that did not do, and why. */
export type RejectedJava = JavaCandidate & { problem: JavaProblem };

export type JavaResult =
  | { found: true; path: string; version: number; source: JavaSource }
  | { found: false; tried: RejectedJava[] };

/** Returns the major version a `java -version` prints, e.g. 17 or 8 (for `1.8.0_392`). */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Runs `java -version` (it prints to stderr) and returns the major version. */
export function probeJavaVersion(java: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(java, ['-version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      resolve(error ? undefined : parseJavaVersion(`${stderr}\n${stdout}`));
    });
  });
}

/**
 * The JVM arguments for the language server, with `extra` JVM options: logging never goes to stdout (the LSP stream).
 * No `-XX:+ExitOnOutOfMemoryError`: it ends the JVM at the first OutOfMemoryError, even one the server catches
 * (a document too large for the heap gets one diagnostic), and prints "Terminating due to …" on stdout. The server
 * ends itself on any other OutOfMemoryError, saying so on stderr.
 */
export function serverArgs(jar: string, extra: string[] = []): string[] {
  return ['-Xlog:disable', '-Xlog:all=warning:stderr', ...extra, '-jar', jar, 'lsp'];
}

const JAVA_EXE = process.platform === 'win32' ? 'java.exe' : 'java';

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function fromHome(source: JavaSource, home: string | undefined): JavaCandidate {
  if (!home?.trim()) return { source, problem: 'notSet' };
  const path = join(home.trim(), 'bin', JAVA_EXE);
  return isFile(path) ? { source, path } : { source, path, problem: 'notFound' };
}

function fromPath(pathVariable: string | undefined): JavaCandidate {
  const path = (pathVariable ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, JAVA_EXE))
    .find(isFile);
  return path ? { source: 'PATH', path } : { source: 'PATH', problem: 'notFound' };
}

async function check(
  candidate: JavaCandidate,
  probe: (java: string) => Promise<number | undefined>,
): Promise<JavaCandidate> {
  if (candidate.problem || !candidate.path) return candidate;
  const version = await probe(candidate.path);
  if (version === undefined) return { ...candidate, problem: 'notRunnable' };
  return version < MIN_JAVA ? { ...candidate, version, problem: 'tooOld' } : { ...candidate, version };
}

/** Tries each place in order and takes the first Java that is 17 or newer. */
export async function findJava(
  settingHome: string | undefined,
  env: NodeJS.ProcessEnv,
  probe: (java: string) => Promise<number | undefined> = probeJavaVersion,
): Promise<JavaResult> {
  const tried: RejectedJava[] = [];
  for (const candidate of [fromHome('setting', settingHome), fromHome('JAVA_HOME', env.JAVA_HOME), fromPath(env.PATH)]) {
    const checked = await check(candidate, probe);
    if (checked.problem) {
      tried.push({ ...checked, problem: checked.problem });
    } else if (checked.path && checked.version !== undefined) {
      return { found: true, path: checked.path, version: checked.version, source: checked.source };
    }
  }
  return { found: false, tried };
}
