// Bundles emulators.mjs and the packages it loads into dist/emulators.cjs, the file the local cloud runs.
// Why: Node 20 has no compile cache, and loading ~2,000 files of five emulators (reading, resolving, stat-ing
// each) was most of the emulators' start — the part of every local-cloud start that waits longest (ADR 0056).
// Run by `npm ci` (postinstall) and by the local cloud when a source here is newer than the bundle.
import { build } from 'esbuild';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// cognito-local and its KMS keyring `require("aws-sdk")`; give them the slim SDK (see slim-aws-sdk.cjs).
const slimAwsSdk = {
  name: 'slim-aws-sdk',
  setup(builder) {
    builder.onResolve({ filter: /^aws-sdk$/ }, () => ({ path: path.join(here, 'slim-aws-sdk.cjs') }));
  },
};

// dynalite requires each operation's module by a computed name without its extension; esbuild bundles
// the folder (a glob) but looks the name up with the extension, so give it one.
const dynaliteOperations = {
  name: 'dynalite-operations',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dynalite[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source
        .replace("require('./actions/' + action)", "require('./actions/' + action + '.js')")
        .replace("require('./validations/' + action)", "require('./validations/' + action + '.js')");
      if (patched.split(".js')").length !== source.split(".js')").length + 2) {
        throw new Error('dynalite/index.js changed: its computed requires were not found');
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

// The SES emulator loads at its first request (emulators.mjs), so it is a bundle of its own, loaded then:
// the main bundle's parse at start does not include it (its mail libraries are a third of all the code).
const sesApart = {
  name: 'ses-apart',
  setup(builder) {
    builder.onResolve({ filter: /^aws-ses-v2-local$/ }, (args) =>
      args.importer.endsWith('emulators.mjs') ? { path: './ses/ses.cjs', external: true } : undefined);
  },
};

const common = {
  absWorkingDir: here,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Whitespace only (names and syntax kept, so stack traces still read): a fifth less to parse at start.
  minifyWhitespace: true,
};

await build({
  ...common,
  stdin: { contents: "module.exports = require('aws-ses-v2-local');", resolveDir: here, sourcefile: 'ses-entry.cjs' },
  outfile: 'dist/ses/ses.cjs',
});
// Its mail viewer page (GET /) is served from `<its dist folder>/../static`: dist/ses → dist/static.
await cp(path.join(here, 'node_modules/aws-ses-v2-local/static'), path.join(here, 'dist/static'), { recursive: true });

await build({
  ...common,
  entryPoints: ['emulators.mjs'],
  outfile: 'dist/emulators.cjs',
  // classic-level (dynalite's LevelDB) is a native addon: it is loaded from node_modules at run time.
  external: ['classic-level'],
  define: {
    'import.meta.url': '__bundleUrl',
    'process.env.ORDERDESK_EMULATORS_BUNDLE': '"1"',
  },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [slimAwsSdk, dynaliteOperations, sesApart],
  // The SES bundle's import() becomes a require(): start.cjs runs this bundle from V8's code cache, and code
  // from that cache has lost what import() needs to resolve (Node 20: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  supported: { 'dynamic-import': false },
});
// start.cjs's code cache was made from the previous bundle: it names that bundle's size and time and would not
// be used, but a cache of a bundle that is gone is no use to anyone either.
await rm(path.join(here, 'node_modules/.cache/orderdesk-emulators'), { recursive: true, force: true });
