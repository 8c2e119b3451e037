// Bundles the dashboard into the gateway's classpath: node build.mjs OUT_DIR
// (the gateway build runs it; see gateway/pom.xml). Everything the page needs, the world map included,
// ends up in OUT_DIR: at run time nothing is fetched from anywhere but the gateway and the realm.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT_DIR');
  process.exit(2);
}
await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'assets'), { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2022'],
  outfile: join(out, 'assets', 'app.js'),
  loader: { '.json': 'json' },
  legalComments: 'linked',
  logLevel: 'warning',
});
await copyFile('index.html', join(out, 'index.html'));
await copyFile('src/style.css', join(out, 'assets', 'style.css'));
console.log(`dashboard built into ${out}`);
