// Draws the app icons in public/icons (committed; run again after changing the design):
// `node scripts/make-icons.mjs`. Two linked nodes, a European and a Mexican cluster, on the
// header's navy. Plain Node (zlib) so the build needs no image tools. The maskable icon is full
// bleed with the motif inside the central 80 % that every launcher mask keeps.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x0b, 0x1f, 0x3a];
const LIGHT = [0xd6, 0xe4, 0xf5];
const ORANGE = [0xc2, 0x41, 0x0c];
const WHITE = [0xff, 0xff, 0xff];

// Shapes in a 0..1 square: [signed distance (negative inside), colour], painted in order.
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
function segment(ax, ay, bx, by, halfWidth) {
  return (x, y) => {
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - halfWidth;
  };
}
function roundedSquare(inset, radius) {
  return (x, y) => {
    const dx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0);
    const dy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0);
    return Math.hypot(dx, dy) - radius;
  };
}

function motif(scale) {
  const at = (v) => 0.5 + (v - 0.5) * scale;
  return [
    [segment(at(0.32), at(0.66), at(0.68), at(0.34), 0.045 * scale), WHITE],
    [circle(at(0.32), at(0.66), 0.15 * scale), LIGHT],
    [circle(at(0.68), at(0.34), 0.15 * scale), ORANGE],
  ];
}

function render(size, shapes) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let s = 0; s < samples * samples; s++) {
        const x = (px + ((s % samples) + 0.5) / samples) / size;
        const y = (py + (Math.floor(s / samples) + 0.5) / samples) / size;
        const hit = shapes.findLast(([distance]) => distance(x, y) <= 0);
        if (!hit) continue;
        hit[1].forEach((c, i) => (acc[i] += c));
        acc[3] += 255;
      }
      const n = samples * samples;
      const alpha = acc[3] / n;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = alpha ? Math.round(acc[i] / (acc[3] / 255)) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
const any = [[roundedSquare(0.04, 0.18), NAVY], ...motif(1)];
const maskable = [[() => -1, NAVY], ...motif(0.78)];
writeFileSync(new URL('icon-192.png', dir), render(192, any));
writeFileSync(new URL('icon-512.png', dir), render(512, any));
writeFileSync(new URL('icon-maskable-512.png', dir), render(512, maskable));
