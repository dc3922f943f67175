// Starts the emulators' bundle (dist/emulators.cjs, build.mjs) with a V8 code cache, so a start after the first
// one does not compile the 5 MB bundle again (ADR 0060). Node 20 has no compile cache of its own (Node 22's
// module.enableCompileCache would replace this file), so the bundle is compiled here with vm.Script and the
// code V8 made for it — including the functions the start ran — is kept after the first start.
//
// Usage: node --openssl-legacy-provider start.cjs <config.json>   (the same arguments as the bundle)
//
// The cache lives in node_modules/.cache/ (npm ci removes it with node_modules; `./desk` ignores the folder
// when it decides whether to rebuild) and is used only for the very bundle it was made from: V8 itself checks
// only the source's length, its own version and flags, so the cache names the bundle's size and modification
// time and this Node's version. build.mjs deletes it when it writes a new bundle. A cache that does not match,
// or that V8 rejects, is ignored and written again once the emulators are ready.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, 'dist', 'emulators.cjs');
const cacheFile = path.join(__dirname, 'node_modules', '.cache', 'orderdesk-emulators', 'emulators.cjs.v8');
// Written after the ready line, off the start's path (the local cloud's first requests come first). The
// variable is for tests.
const WRITE_DELAY_MS = Number(process.env.ORDERDESK_CODE_CACHE_DELAY_MS ?? 2000);

const source = fs.readFileSync(bundle, 'utf8');
const { size, mtimeMs } = fs.statSync(bundle);
const identity = JSON.stringify({ node: process.version, arch: process.arch, size, mtimeMs });

const cachedData = readCache();
const script = new vm.Script(Module.wrap(source), {
  filename: bundle,
  cachedData,
});
const used = cachedData !== undefined && !script.cachedDataRejected;
log(`code cache ${used ? 'used' : cachedData ? 'rejected by V8; made again once ready' : 'absent; made once ready'}`);
if (!used) {
  // The bundle announces its ready line with this event (emulators.mjs). A process stopped before the delay
  // (`./desk bench` quits once the window shows) writes it as it exits: the JVM gives Node 3 s to go.
  process.once('orderdesk-emulators-ready', () => {
    const timer = setTimeout(writeCache, WRITE_DELAY_MS).unref();
    process.once('exit', () => {
      if (!written) {
        clearTimeout(timer);
        writeCache();
      }
    });
  });
}
runAsModule(script);

/** The cache's bytes when it was made from this bundle by this Node; otherwise nothing. */
function readCache() {
  try {
    const content = fs.readFileSync(cacheFile);
    const newline = content.indexOf(10);
    if (newline > 0 && content.subarray(0, newline).toString('utf8') === identity) {
      return content.subarray(newline + 1);
    }
  } catch {
    // no cache yet
  }
  return undefined;
}

let written = false;
function writeCache() {
  written = true;
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(`${identity}\n`, 'utf8'), data]));
    fs.renameSync(partial, cacheFile); // whole or not at all: a start beside this one reads one or the other
    log(`code cache written (${data.length} bytes)`);
  } catch (error) {
    log(`code cache not written: ${error?.message ?? error}`);
  }
}

function log(message) {
  process.stderr.write(`[emulators] ${message}\n`);
}

/** Runs the compiled bundle as Node would run the file itself: its own module, require and __filename. */
function runAsModule(compiled) {
  const module = new Module(bundle, null);
  module.filename = bundle;
  const run = compiled.runInThisContext();
  run.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
}
