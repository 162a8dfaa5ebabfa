"""Draws the toolbar icon (an amber rounded square with a white padlock) at every size the
manifest lists, as anti-aliased PNGs, with the standard library only."""
import struct
import zlib
from pathlib import Path

AMBER = (232, 163, 61)
WHITE = (255, 255, 255)
DARK = (120, 72, 10)


def coverage(inside, x, y, samples=4):
    hits = 0
    for i in range(samples):
        for j in range(samples):
            if inside(x + (i + 0.5) / samples, y + (j + 0.5) / samples):
                hits += 1
    return hits / (samples * samples)


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def ring(cx, cy, r_out, r_in, y_max):
    def inside(x, y):
        d = (x - cx) ** 2 + (y - cy) ** 2
        return y <= y_max and r_in * r_in <= d <= r_out * r_out
    return inside


def draw(size):
    s = size / 128
    background = rounded_rect(4 * s, 4 * s, 124 * s, 124 * s, 26 * s)
    body = rounded_rect(30 * s, 56 * s, 98 * s, 108 * s, 10 * s)
    shackle = ring(64 * s, 56 * s, 26 * s, 16 * s, 58 * s)
    legs = lambda x, y: 56 * s <= y <= 60 * s and (38 * s <= x <= 48 * s or 80 * s <= x <= 90 * s)
    keyhole = lambda x, y: ((x - 64 * s) ** 2 + (y - 76 * s) ** 2 <= (7 * s) ** 2) or (
        60.5 * s <= x <= 67.5 * s and 76 * s <= y <= 96 * s)
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            bg = coverage(background, x, y)
            lock = max(coverage(body, x, y), coverage(shackle, x, y), coverage(legs, x, y))
            hole = coverage(keyhole, x, y) if lock else 0
            color = [AMBER[i] * (1 - lock) + WHITE[i] * lock for i in range(3)]
            color = [color[i] * (1 - hole) + DARK[i] * hole for i in range(3)]
            row += bytes([round(c) for c in color] + [round(255 * bg)])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', raw) + chunk(b'IEND', b''))


out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 96, 128):
    (out / f'{size}.png').write_bytes(draw(size))
