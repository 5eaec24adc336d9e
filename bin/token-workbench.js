#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is built with the rest of the app (npm ci runs the build via "prepare").
const fs = require('node:fs');
const path = require('node:path');

// Signatures are made on libuv's thread pool. One thread per core (instead of libuv's 4): more
// signing threads than cores only crowd out the thread that parses requests (bench/issuer).
if (process.env.UV_THREADPOOL_SIZE === undefined) {
  process.env.UV_THREADPOOL_SIZE = String(Math.max(2, require('node:os').availableParallelism()));
}

const root = path.join(__dirname, '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`token-workbench: the app is not built yet. Run "npm run build" in ${root} first.\n`);
  process.exit(2);
}
require(cli)
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
