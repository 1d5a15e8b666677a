#!/bin/sh
# Regenerates the committed PNG sizes and the Windows .ico from cehours.svg.
# Needs rsvg-convert (apt-get install -y --no-install-recommends librsvg2-bin) and python3.
# Run it after editing the SVG and commit the results; the build does not need these tools.
set -eu
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256; do
  mkdir -p "hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" cehours.svg -o "hicolor/${s}x${s}/apps/cehours.png"
done
# .ico: 16..128 as 32-bit BMP entries (every Windows version and makensis read them), 256 as PNG.
python3 - <<'PY'
import struct, zlib

def read_png(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, w = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and ctype == 6 and interlace == 0, 'expects 8-bit RGBA PNG'
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw, bpp, stride = zlib.decompress(idat), 4, w * 4
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return w, h, rows

def bmp_entry(path):
    w, h, rows = read_png(path)
    header = struct.pack('<IiiHHIIiiII', 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    xor = b''.join(bytes(p for px in range(w) for p in (r[px*4+2], r[px*4+1], r[px*4], r[px*4+3])) for r in reversed(rows))
    mask_stride = ((w + 31) // 32) * 4
    return w, header + xor + bytes(mask_stride * h)

entries = [bmp_entry(f'hicolor/{s}x{s}/apps/cehours.png') for s in (16, 24, 32, 48, 64, 128)]
entries.append((256, open('hicolor/256x256/apps/cehours.png', 'rb').read()))
out = struct.pack('<HHH', 0, 1, len(entries))
offset = 6 + 16 * len(entries)
for size, blob in entries:
    out += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(blob), offset)
    offset += len(blob)
out += b''.join(blob for _, blob in entries)
open('cehours.ico', 'wb').write(out)
PY
echo "icons regenerated"
