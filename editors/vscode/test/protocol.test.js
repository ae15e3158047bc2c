// Starts the packaged binary the way the extension does (server/interview-lsp, args ["server"],
// stdio, the same initialization options) and speaks to it with vscode-languageserver-protocol,
// the library VS Code's client is built on.
const test = require("node:test");
const assert = require("node:assert");
const path = require("path");
const fs = require("fs");
const { spawn } = require("child_process");
const rpc = require("vscode-languageserver-protocol/node");
const { initializationOptions, bundledServer } = require("../dist/settings.js");

const root = path.resolve(__dirname, "..");

test("the packaged server answers VS Code's client library", async () => {
  const bin = bundledServer(root);
  assert.ok(fs.existsSync(bin), `${bin} is missing: run npm run package first`);
  const proc = spawn(bin, ["server"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  );
  connection.listen();
  const diagnostics = new Promise((resolve) => {
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => resolve(p));
  });
  const { options } = initializationOptions({ rules: { "missing-plan": "off", "placeholder-text": "error" } });
  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { general: { positionEncodings: ["utf-16"] } },
    initializationOptions: options,
  });
  assert.strictEqual(init.capabilities.positionEncoding, "utf-16");
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const uri = "file:///tmp/vscode-test/acme.interview.md";
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "markdown", version: 1, text: "# Prep\n\n## Why\n\n- Zoë 😩: my boss takes credit. TODO\n" },
  });
  const published = await diagnostics;
  assert.strictEqual(published.uri, uri);
  assert.strictEqual(published.version, 1);
  const codes = published.diagnostics.map((d) => d.code);
  assert.ok(!codes.includes("missing-plan"), "rule turned off by the extension's settings");
  const placeholder = published.diagnostics.find((d) => d.code === "placeholder-text");
  assert.strictEqual(placeholder.severity, 1, "placeholder-text raised to error by the settings");
  const framing = published.diagnostics.find((d) => d.code === "negative-framing");
  // The item's first sentence, after "- ", ends 31 UTF-16 units in (the emoji counts two).
  assert.deepStrictEqual(framing.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 31 } });
  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  const code = await new Promise((resolve) => proc.on("exit", resolve));
  assert.strictEqual(code, 0);
  connection.dispose();
});
