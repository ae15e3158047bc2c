// Packages a platform .vsix with the interview-lsp binary inside (server/interview-lsp, run bit
// set). BIN names the binary (default: the release build); TARGET the vsce platform target.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = process.env.BIN || path.resolve(root, "../../target/release/interview-lsp");
const target = process.env.TARGET || `${process.platform}-${process.arch === "x64" ? "x64" : process.arch}`;
if (!fs.existsSync(bin)) {
  console.error(`error: ${bin} does not exist; build it with cargo build --release (or set BIN)`);
  process.exit(2);
}
fs.mkdirSync(path.join(root, "server"), { recursive: true });
const dest = path.join(root, "server", "interview-lsp");
fs.copyFileSync(bin, dest);
fs.chmodSync(dest, 0o755);
const out = process.env.OUT || path.join(root, `interview-lsp-${target}.vsix`);
execFileSync(
  path.join(root, "node_modules", ".bin", "vsce"),
  ["package", "--target", target, "--no-dependencies", "--out", out],
  { cwd: root, stdio: "inherit" },
);
console.log(`packaged ${out}`);
