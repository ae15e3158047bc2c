#!/usr/bin/env bash
# CLI throughput: 2,000 prep documents of about 5 KB, checked by one `interview-lsp check` run
# against one process per file. Prints both times and their ratio.
#
#     bash benches/cli_throughput.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
cargo build --release --quiet
bin=$PWD/target/release/interview-lsp
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Documents of about 5 KB, built from the labeled corpus so every rule has work to do.
python3 - "$work" "$count" <<'PY'
import pathlib, sys
out, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
sources = sorted(pathlib.Path("tests/corpus").glob("*.interview.md"))
texts = [p.read_text(encoding="utf-8") for p in sources]
for i in range(count):
    text = texts[i % len(texts)]
    j = 1
    while len(text.encode()) < 5000:
        text += "\n" + texts[(i + j) % len(texts)].split("\n---\n", 1)[-1]
        j += 1
    (out / f"doc{i:05d}.interview.md").write_text(text[:5200], encoding="utf-8")
PY
size=$(du -sk "$work" | cut -f1)
echo "documents: $count in $work (${size} KiB)"

now() { date +%s.%N; }
start=$(now)
"$bin" check "$work" --output-format concise -q > /dev/null || true
one=$(echo "$(now) - $start" | bc -l)

start=$(now)
for f in "$work"/*.interview.md; do
  "$bin" check "$f" --output-format concise -q > /dev/null || true
done
each=$(echo "$(now) - $start" | bc -l)

printf 'one run over all files:   %.3f s\n' "$one"
printf 'one process per file:     %.3f s\n' "$each"
printf 'ratio (one run / per file): %.4f\n' "$(echo "$one / $each" | bc -l)"
