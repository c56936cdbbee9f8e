// Bundles the extension and copies the server jar into it (vscode-client/server/gkreport.jar).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const jar = '../server/target/gkreport.jar';
if (!existsSync(jar)) {
  console.error(`${jar} is missing: run "mvn -B -DskipTests package" in the repository root first.`);
  process.exit(1);
}
mkdirSync('server', { recursive: true });
copyFileSync(jar, 'server/gkreport.jar');

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
