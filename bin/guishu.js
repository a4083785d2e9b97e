#!/usr/bin/env node
// The `guishu` command: runs the built bundle (dist/cli.js, made by `npm run build`).

const fs = require('node:fs');
const path = require('node:path');

// After a full collection V8 lets the heap grow to about four times what survived before it
// collects again. A command that reads a million-row register builds its records while the
// grids are alive, so that slack alone can pass 2 GB. Growing by half instead keeps a 1M-row
// `annotate` near 1.6 GB for the same run time (docs/scale.md). V8's heap controller reads the
// flag each time it sets the next limit, so setting it here, before any large allocation,
// works; it only changes when the collector runs.
require('node:v8').setFlagsFromString('--heap-growing-percent=50');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('guishu: 找不到 dist/cli.js，请先运行 npm run build (dist/cli.js is missing: run `npm run build`)');
  process.exit(1);
}
require(cli)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
