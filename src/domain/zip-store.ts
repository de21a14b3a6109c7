// A ZIP archive of stored (uncompressed) entries (PKWARE APPNOTE 6.3: local headers, central
// directory, end record). Enough for an .xlsx of a few dozen rows, which every spreadsheet reads;
// a deflating zip library would double the lazily loaded chunk for no gain at this size.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP entries carry it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00 in MS-DOS date/time: a fixed stamp keeps the file the same for the same rows.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(size: number, fields: ReadonlyArray<[bytes: 2 | 4, value: number]>): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [bytes, value] of fields) {
    if (bytes === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += bytes;
  }
  return out;
}

/** The archive's bytes: names in UTF-8, entries in the order given. */
export function zipStored(files: ReadonlyArray<[name: string, data: Uint8Array]>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const path = encoder.encode(name);
    const crc = crc32(data);
    // version 20, flag 0x0800 (UTF-8 names), method 0 (stored), time, date, crc, sizes, name length, no extra.
    const common: Array<[2 | 4, number]> = [
      [2, 0x0800],
      [2, 0],
      [2, 0],
      [2, DOS_DATE],
      [4, crc],
      [4, data.length],
      [4, data.length],
      [2, path.length],
      [2, 0],
    ];
    const local = header(30, [[4, 0x04034b50], [2, 20], ...common]);
    parts.push(local, path, data);
    central.push(
      header(46, [[4, 0x02014b50], [2, 20], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]),
      path,
    );
    offset += local.length + path.length + data.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = header(22, [
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, files.length],
    [2, files.length],
    [4, centralSize],
    [4, offset],
    [2, 0],
  ]);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
