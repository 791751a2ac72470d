// The extension's and the tasks' icon, drawn here so that no binary lives in the repository: three
// white stacked layers on Databricks red, as a PNG (RGBA, no filter) of any square size.
const zlib = require('zlib');

const RED = [255, 54, 33, 255];
const WHITE = [255, 255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Whether (x, y), in units of the icon's side, lies on one of the three layers (flat diamonds). */
function onLayer(x, y) {
  for (const cy of [0.32, 0.5, 0.68]) {
    const d = Math.abs(x - 0.5) / 0.34 + Math.abs(y - cy) / 0.12;
    if (d <= 1 && d >= 0.55) return true;
  }
  return false;
}

function iconPng(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const colour = onLayer((x + 0.5) / size, (y + 0.5) / size) ? WHITE : RED;
      Buffer.from(colour).copy(row, 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { iconPng };
