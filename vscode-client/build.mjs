// Bundles the extension and copies the server jar and the rule docs into it (vscode-client/server/).
import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';

const jar = '../server/target/gkreport.jar';
if (!existsSync(jar)) {
  console.error(`${jar} is missing: run "mvn -B -DskipTests package" in the repository root first.`);
  process.exit(1);
}
mkdirSync('server', { recursive: true });
copyFileSync(jar, 'server/gkreport.jar');
// The server links each finding to docs/rules/<id>.md in the nearest folder above its jar that has docs/.
cpSync('../docs/rules', 'server/docs/rules', { recursive: true });

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
