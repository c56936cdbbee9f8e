/**
 * The class-data archive (AppCDS) of this copy of the server jar: the first start records the
 * classes the server loads when it exits, later starts map them instead of loading them. An
 * archive holds only for the jar it was made with (its path, size and time), so its name carries
 * them; archives of other jars are removed. The JVM ignores an archive it cannot use, and its
 * messages about archives are kept out of the output (picocli's old classes cannot be archived
 * and would each print a warning).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'gkreport-';
const SUFFIX = '.jsa';

/**
 * The JVM arguments that use the jar's archive in the folder, or make it when `mayMake` (the first
 * start in a window: a restart never writes an archive another server may still be writing); none
 * when the folder cannot be written.
 */
export function classArchiveArgs(jar: string, folder: string, mayMake = true): string[] {
  try {
    const archive = join(folder, archiveName(jar));
    mkdirSync(folder, { recursive: true });
    removeOtherArchives(folder, archive);
    if (!existsSync(archive) && !mayMake) return [];
    const use = existsSync(archive)
      ? ['-Xshare:auto', `-XX:SharedArchiveFile=${archive}`]
      : [`-XX:ArchiveClassesAtExit=${archive}`];
    return [...use, '-Xlog:cds=error:stderr'];
  } catch {
    return [];
  }
}

/** The archive's file name for the jar as it is now. */
export function archiveName(jar: string): string {
  const stat = statSync(jar);
  const key = createHash('sha256').update(`${jar}\0${stat.size}\0${stat.mtimeMs}`).digest('hex').slice(0, 16);
  return `${PREFIX}${key}${SUFFIX}`;
}

function removeOtherArchives(folder: string, keep: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && path !== keep) rmSync(path, { force: true });
  }
}
