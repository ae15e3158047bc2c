// The extension's own logic: which server binary it starts, and the options it passes.
const test = require("node:test");
const assert = require("node:assert");
const path = require("path");
const { resolveServerPath, initializationOptions, bundledServer } = require("../dist/settings.js");

test("the bundled binary is used when no path is set", () => {
  const r = resolveServerPath({ serverPath: null }, "/ext", "/ws", "/home/u", () => true);
  assert.deepStrictEqual(r, { path: path.join("/ext", "server", "interview-lsp") });
  assert.strictEqual(bundledServer("/ext", "win32"), path.join("/ext", "server", "interview-lsp.exe"));
});

test("a configured path wins, relative to the workspace, with ~ for home", () => {
  assert.deepStrictEqual(resolveServerPath({ serverPath: "/opt/il" }, "/ext", "/ws", "/home/u", () => true), { path: "/opt/il" });
  assert.deepStrictEqual(resolveServerPath({ serverPath: "bin/il" }, "/ext", "/ws", "/home/u", () => true), { path: "/ws/bin/il" });
  assert.deepStrictEqual(resolveServerPath({ serverPath: "~/il" }, "/ext", "/ws", "/home/u", () => true), { path: "/home/u/il" });
});

test("a missing binary is an error that says which setting to change", () => {
  const r = resolveServerPath({ serverPath: "/nope" }, "/ext", "/ws", "/home/u", () => false);
  assert.match(r.error, /interviewLsp\.server\.path points to \/nope/);
  const b = resolveServerPath({}, "/ext", "/ws", "/home/u", () => false);
  assert.match(b.error, /bundled server .* is missing/);
});

test("rule levels become initialization options; bad levels are reported, not passed", () => {
  const { options, problems } = initializationOptions({ rules: { "few-questions": "off", "negative-framing": "loud" } });
  assert.deepStrictEqual(options, { rules: { "few-questions": "off" } });
  assert.deepStrictEqual(problems, ['interviewLsp.rules.negative-framing: "loud" is not one of off, hint, info, warning, error']);
});
