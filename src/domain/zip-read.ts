// Reads the entries of a ZIP archive (PKWARE APPNOTE 6.3) from its central directory, which holds
// the sizes even when the writer streamed them after the data (flag bit 3, as Excel does).
// Inflating uses the platform's DecompressionStream('deflate-raw') (browsers since 2023, Node 18+):
// no library to ship, and native speed for a workbook of a few thousand rows.

export type ZipProblem = 'not-zip' | 'zip64' | 'encrypted' | 'method' | 'inflate';

/** Why an archive could not be read; `code` picks the wording the import shows. */
export class ZipReadError extends Error {
  constructor(readonly code: ZipProblem) {
    super(`zip: ${code}`);
    this.name = 'ZipReadError';
  }
}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes, so search back that far only.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw new ZipReadError('not-zip');
}

function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipReadError('zip64');
  const names = new TextDecoder();
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipReadError('not-zip');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new ZipReadError('inflate');
  }
}

/** The archive's entries by name; each read (and inflated) only when asked for. */
export function openZip(bytes: Uint8Array): { names: string[]; read: (name: string) => Promise<Uint8Array | null> } {
  const entries = centralDirectory(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = async (name: string) => {
    const entry = entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) throw new ZipReadError('encrypted');
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipReadError('not-zip');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRaw(data);
    throw new ZipReadError('method');
  };
  return { names: [...entries.keys()], read };
}
