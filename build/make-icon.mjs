// Draws build/icon.png (512×512): a white check mark on a blue rounded
// square. Generated rather than drawn by hand so the repository needs no
// image tools; electron-builder derives the Windows .ico and Linux sizes from it.
// Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 512;
const px = Buffer.alloc(S * S * 4);

function distToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Coverage of a rounded square (radius r, margin m) at a pixel centre, with a one-pixel soft edge. */
function squareCoverage(x, y, m, r) {
  const cx = Math.min(Math.max(x, m + r), S - m - r);
  const cy = Math.min(Math.max(y, m + r), S - m - r);
  const d = Math.hypot(x - cx, y - cy) - r;
  return Math.max(0, Math.min(1, 0.5 - d));
}

for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const fx = x + 0.5;
    const fy = y + 0.5;
    const bg = squareCoverage(fx, fy, 24, 96);
    const d = Math.min(distToSegment(fx, fy, 140, 270, 225, 355), distToSegment(fx, fy, 225, 355, 380, 170));
    const tick = Math.max(0, Math.min(1, 36 - d));
    // Blue #1F5FA8 under a white tick.
    const r = 0x1f + (255 - 0x1f) * tick;
    const g = 0x5f + (255 - 0x5f) * tick;
    const b = 0xa8 + (255 - 0xa8) * tick;
    const i = (y * S + x) * 4;
    px[i] = Math.round(r);
    px[i + 1] = Math.round(g);
    px[i + 2] = Math.round(b);
    px[i + 3] = Math.round(255 * bg);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
