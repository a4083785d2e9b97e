#!/usr/bin/env node
// The `guishu` command: runs the built bundle (dist/cli.js, made by `npm run build`).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

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
