// Prints every *.tf file of a folder as JSON ({"file.tf": <HCL as JSON>, ...}) for the infra tests.
// Offline: @cdktf/hcl2json is HashiCorp's HCL parser compiled to WebAssembly.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("@cdktf/hcl2json");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node hcl2json.mjs <folder with .tf files>");
  process.exit(2);
}
const parsed = {};
for (const name of readdirSync(dir).filter((f) => f.endsWith(".tf")).sort()) {
  try {
    parsed[name] = await parse(name, readFileSync(join(dir, name), "utf8"));
  } catch (e) {
    console.error(`${name}: ${e.message ?? e}`);
    process.exit(1);
  }
}
process.stdout.write(JSON.stringify(parsed));
