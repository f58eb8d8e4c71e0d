#!/usr/bin/env bash
# Rebuilds NotoSansSC-Regular-GB2312.otf: the simplified-Chinese face of Debian's Noto Sans CJK,
# cut to GB 2312 (6,763 hanzi and its symbols) plus CJK punctuation and full-width forms, without
# hinting. The whole face is 16 MB; this is 2.9 MB. Needs fonts-noto-cjk and libharfbuzz-bin.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ttc=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
node -e '
const gb = new TextDecoder("gb2312");
const points = new Set();
for (let a = 0xa1; a <= 0xf7; a++) for (let b = 0xa1; b <= 0xfe; b++) {
  const s = gb.decode(Uint8Array.from([a, b]));
  if (s !== "\ufffd") for (const c of s) points.add(c.codePointAt(0));
}
for (let c = 0x3000; c <= 0x303f; c++) points.add(c);
for (let c = 0xff00; c <= 0xffef; c++) points.add(c);
process.stdout.write([...points].filter((c) => c > 0x7f).sort((x, y) => x - y).map((c) => c.toString(16)).join(","));
' >"$list"
# Face 2 of the collection is Noto Sans CJK SC (0 JP, 1 KR, 3 TC, 4 HK).
hb-subset --face-index=2 --unicodes-file="$list" --no-hinting --output-file="$here/NotoSansSC-Regular-GB2312.otf" "$ttc"
