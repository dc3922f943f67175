// Runs the five AWS emulators of the Order Desk local cloud in ONE Node process on 127.0.0.1.
//
// Usage: node --openssl-legacy-provider start.cjs <config.json>            (the bundle from V8's code cache: what the
//                                                                           local cloud runs, ADR 0060)
//        node --openssl-legacy-provider dist/emulators.cjs <config.json>   (the bundle `npm ci` builds: build.mjs)
//        node --openssl-legacy-provider emulators.mjs <config.json>        (this source, unbundled: slower start)
//   config.json: {"ports": {"dynamodb", "s3", "cognito", "ses", "sns"}, "dataDir": "/abs/dir",
//                 "accessKeyId": "...", "secretAccessKey": "...", "persistDynamoDb": true}
// Prints one line `{"ready":true,"ports":{...}}` on stdout when every port listens, and exits when
// stdin closes or on SIGTERM/SIGINT, so the process never outlives the JVM that started it.
// --openssl-legacy-provider is required: s3rver's ListObjectsV2 continuation token uses DES.

import { readFileSync, mkdirSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { enforcePasswordPolicy } from './cognito-password-policy.mjs';

// Every package is loaded with import() where it is needed, never at the top: the order matters
// (cognito-local reads PORT/HOST when it loads) and the SES emulator loads at its first request. The same
// calls run unbundled and in the bundle, where esbuild inlines each import() as a lazily run module.
// cognito-local still loads the AWS SDK for JavaScript v2, which prints a maintenance banner.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
const HOST = '127.0.0.1';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { ports } = config;
const dataDir = path.resolve(config.dataDir);
const servers = [];
// Fault injection: the servers that can be stopped and started one at a time (see control() below).
const byName = {};

function log(message) {
  process.stderr.write(`[emulators] ${message}\n`);
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve(server));
  });
}

async function startDynamoDb() {
  const { default: dynalite } = await import('dynalite');
  const options = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
  if (config.persistDynamoDb !== false) {
    options.path = path.join(dataDir, 'dynamodb');
    mkdirSync(options.path, { recursive: true });
  }
  servers.push(byName.dynamodb = await listen(dynalite(options), ports.dynamodb));
}

async function startS3() {
  const { default: S3rver } = await import('@20minutes/s3rver');
  // One dummy key pair serves every emulator; s3rver verifies SigV4 against the pairs it knows.
  const { DUMMY_ACCOUNT } = (await import('@20minutes/s3rver/lib/models/account.js')).default;
  DUMMY_ACCOUNT.createKeyPair(config.accessKeyId, config.secretAccessKey);
  const directory = path.join(dataDir, 's3');
  mkdirSync(directory, { recursive: true });
  const s3 = new S3rver({ address: HOST, port: ports.s3, directory, silent: true, configureBuckets: [] });
  // s3rver has no versioning (PUT ?versioning and GET ?versions answer NotImplemented), so each object
  // write it makes is appended to <dataDir>/s3-writes.jsonl: what ListObjectVersions shows on AWS, and
  // what tests count receipt writes from (a second write of the same key is a second line).
  const writeLog = path.join(dataDir, 's3-writes.jsonl');
  s3.on('event', (event) => {
    for (const record of event.Records ?? []) {
      const { bucket, object } = record.s3;
      appendFileSync(writeLog, JSON.stringify({ at: record.eventTime, event: record.eventName, bucket: bucket.name,
        key: object.key, size: object.size, eTag: object.eTag }) + '\n');
    }
  });
  await s3.run();
  servers.push(byName.s3 = s3.httpServer);
}

async function startCognito() {
  // cognito-local keeps its state under <cwd>/.cognito and reads PORT/HOST at import time.
  const cognitoHome = path.join(dataDir, 'cognito');
  const configDir = path.join(cognitoHome, '.cognito');
  mkdirSync(path.join(configDir, 'db'), { recursive: true });
  const configFile = path.join(configDir, 'config.json');
  const existing = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {};
  const origin = `http://${HOST}:${ports.cognito}`;
  // The issuer must equal the origin clients use, or every token fails the API's `iss` check.
  writeFileSync(configFile, JSON.stringify({
    ...existing,
    TokenConfig: { IssuerDomain: origin },
    ServerConfig: { port: ports.cognito, hostname: HOST, development: false, https: false },
  }, null, 2));
  process.env.PORT = String(ports.cognito);
  process.env.HOST = HOST;
  process.chdir(cognitoHome);
  const { default: pino } = await import('pino');
  preloadSlimAwsSdk();
  await enforcePasswordPolicy();
  const { createDefaultServer } = (await import('cognito-local')).default;
  const logger = pino({ level: process.env.COGNITO_DEBUG ? 'debug' : 'warn' }, process.stderr);
  const server = await createDefaultServer(logger);
  const httpServer = await server.start();
  answerUnknownPoolsLikeAws(httpServer, path.join(configDir, 'db'));
  servers.push(httpServer);
}

// cognito-local (and the KMS keyring it uses) `require("aws-sdk")`, which loads every client of the AWS SDK
// for JavaScript v2 (about 1 s of module loading on these 2 cores), but they use two: Lambda (triggers)
// and KMS. Unbundled, put the SDK's core with just those two in the module cache under "aws-sdk" first
// (0.3-0.5 s); the bundle has only those two already (build.mjs resolves "aws-sdk" to slim-aws-sdk.cjs).
// ORDERDESK_FULL_AWS_SDK=1 leaves the full SDK unbundled (to measure both side by side).
function preloadSlimAwsSdk() {
  if (process.env.ORDERDESK_EMULATORS_BUNDLE === '1' || process.env.ORDERDESK_FULL_AWS_SDK === '1') {
    return;
  }
  const require = createRequire(import.meta.url);
  const AWS = require('./slim-aws-sdk.cjs'); // the same slim SDK the bundle is given
  const id = require.resolve('aws-sdk');
  require.cache[id] = Object.assign(new (require('node:module'))(id), { filename: id, loaded: true, exports: AWS });
}

// AWS serves a pool's discovery documents (/<poolId>/.well-known/openid-configuration, jwks.json) only
// for a pool that exists, else 404 "User pool <id> does not exist."; cognito-local serves them for any
// id. The desktop's first-run check asks for the document to tell a wrong pool id apart. cognito-local
// keeps each pool in <db>/<poolId>.json.
function answerUnknownPoolsLikeAws(httpServer, dbDir) {
  const [app] = httpServer.listeners('request');
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req, res) => {
    const match = req.method === 'GET'
      && /^\/([\w-]+_[0-9A-Za-z]+)\/\.well-known\/(openid-configuration|jwks\.json)$/.exec(req.url.split('?')[0]);
    if (match && !existsSync(path.join(dbDir, `${match[1]}.json`))) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `User pool ${match[1]} does not exist.` }));
      return;
    }
    app(req, res);
  });
}

// aws-ses-v2-local takes the longest of the five to load (about 0.5-1.2 s of module loading on these 2 cores,
// more than the other four's) and nothing at start-up needs it: the deploy creates no SES resource. So its port
// listens at once and the module loads at the first request, which waits for it; the cloud is ready that much
// sooner and the first email (a receipt, seconds later) pays the load once. ORDERDESK_SES_EAGER=1 loads it at
// start as before (to measure both side by side).
async function startSes() {
  if (process.env.ORDERDESK_SES_EAGER === '1') {
    servers.push(byName.ses = await loadSes(ports.ses));
    return;
  }
  let app = null;
  let loading = null;
  const server = createServer((req, res) => {
    if (app) {
      app(req, res);
      return;
    }
    loading ??= loadSes(0).then((loaded) => {
      // Keep the module's request handler (an Express app), drop the ephemeral server it listened on.
      [app] = loaded.listeners('request');
      loaded.close();
      log(`SES emulator loaded at its first request`);
    });
    loading.then(() => app(req, res), (error) => {
      log(`SES emulator failed to load: ${error?.stack ?? error}`);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'the SES emulator failed to load' }));
    });
  });
  servers.push(byName.ses = await listen(server, ports.ses));
}

async function loadSes(port) {
  const module = await import('aws-ses-v2-local');
  const ses = module.default?.default ?? module.default;
  // v2 GetAccount answers 400 unless an account (in the full schema it validates) is configured.
  process.env.AWS_SES_ACCOUNT ??= JSON.stringify({
    DedicatedIpAutoWarmupEnabled: false,
    Details: {
      AdditionalContactEmailAddresses: [], ContactLanguage: 'EN', MailType: 'TRANSACTIONAL',
      ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
      UseCaseDescription: 'Order Desk receipts (local)', WebsiteURL: 'http://127.0.0.1',
    },
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: true,
    SendingEnabled: true,
    SendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 0 },
    SuppressionAttributes: { SuppressedReasons: [] },
  });
  return ses({ host: HOST, port });
}

async function startSnsSqs() {
  const { buildApp } = await import('fauxqs');
  // The stores are not exported; load them by path so queue URLs can use the request's host
  // (http://127.0.0.1:PORT/...) instead of fauxqs's default sqs.<region>.localhost.
  const { SqsStore } = await import('./node_modules/fauxqs/dist/sqs/sqsStore.js');
  const { SnsStore } = await import('./node_modules/fauxqs/dist/sns/snsStore.js');
  const { S3Store } = await import('./node_modules/fauxqs/dist/s3/s3Store.js');
  const sqsStore = new SqsStore();
  sqsStore.host = '';
  // fauxqs's own start helper binds 0.0.0.0, so build the app and bind loopback ourselves.
  const app = buildApp({
    logger: false,
    defaultRegion: 'us-east-1',
    stores: { sqsStore, snsStore: new SnsStore(), s3Store: new S3Store() },
  });
  await app.listen({ port: ports.sns, host: HOST });
  servers.push(app.server);
}

function shutdown(code) {
  for (const server of servers) {
    try { server.closeAllConnections?.(); server.close(); } catch { /* already closed */ }
  }
  // Do not wait for keep-alive sockets or LevelDB: the JVM is waiting for us to go.
  setTimeout(() => process.exit(code), 200).unref();
}

process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
process.stdin.on('end', () => shutdown(0));
process.stdin.on('close', () => shutdown(0));
process.stdin.resume();

// ---------- fault injection (tests only) ----------
// A line `stop <name>` on stdin closes that emulator's listening socket and drops its open
// connections (clients get "connection refused", as if its process had died); `start <name>`
// listens again on the same port with the same in-memory state. Names: dynamodb, s3, ses.
// Answers one line `{"control":"<verb>","name":"<name>","ok":true|false}` on stdout.
let pendingInput = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pendingInput += chunk;
  let newline;
  while ((newline = pendingInput.indexOf('\n')) >= 0) {
    const line = pendingInput.slice(0, newline).trim();
    pendingInput = pendingInput.slice(newline + 1);
    if (line) control(line);
  }
});

function control(line) {
  const [verb, name] = line.split(/\s+/);
  const server = byName[name];
  const answer = (ok, error) => process.stdout.write(JSON.stringify({ control: verb, name, ok, error }) + '\n');
  if (verb === 'faults') {
    // Announced before the JVM freezes this process (SIGSTOP): clients give up on requests while it is
    // stopped, and the replies then written to their closed sockets must not take the emulators down.
    faultsInjected = true;
    answer(true);
    return;
  }
  if (!server || (verb !== 'stop' && verb !== 'start')) {
    answer(false, `unknown command: ${line}`);
    return;
  }
  if (verb === 'stop') {
    if (!server.listening) { answer(true); return; }
    server.close(() => answer(true));
    server.closeAllConnections?.();
  } else {
    if (server.listening) { answer(true); return; }
    const failed = (e) => answer(false, String(e));
    server.once('error', failed);
    server.listen(ports[name], HOST, () => { server.off('error', failed); answer(true); });
  }
  faultsInjected = true;
}

// A connection cut by `stop` can surface later as an error nobody listens for (a response written to a
// destroyed socket). Once faults have been injected, log such errors instead of taking all five emulators down.
let faultsInjected = false;
process.on('uncaughtException', (error) => {
  log(`uncaught: ${error?.stack ?? error}`);
  if (!faultsInjected) {
    process.exit(1);
  }
});

// A function, not top-level await: the bundle is CommonJS.
async function main() {
  const started = Date.now();
  // Cognito first: it changes the working directory, which the others never rely on (absolute paths).
  await startCognito();
  await Promise.all([startDynamoDb(), startS3(), startSes(), startSnsSqs()]);
  process.stdout.write(JSON.stringify({ ready: true, ports, startupMs: Date.now() - started }) + '\n');
  process.emit('orderdesk-emulators-ready'); // start.cjs writes its code cache then
}

main().catch((error) => {
  log(`start-up failed: ${error?.stack ?? error}`);
  process.exit(1);
});
