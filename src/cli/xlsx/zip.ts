// The xlsx package as a zip: entries read on demand (yauzl, random access), and a new package
// written entry by entry (yazl, streaming). Nothing here holds a whole sheet in memory.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface ZipIn {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's size once inflated, in bytes (0 when unknown). */
  size(name: string): number;
  /** The entry's bytes decoded as UTF-8 (for the small parts: workbook, rels, styles). */
  text(name: string): Promise<string>;
  /** The entry as UTF-8 text chunks, decompressed as they are read. */
  chunks(name: string): AsyncIterable<string>;
  /** The entry's decompressed byte stream (to copy it unchanged). */
  stream(name: string): Promise<Readable>;
  close(): void;
}

export async function openZip(file: string): Promise<ZipIn> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, z) =>
      err || !z ? reject(err ?? new Error('zip')) : resolve(z),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      // Part names are case-insensitive in OPC; keep the name as written and look up folded.
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  const entry = (name: string): yauzl.Entry => {
    const e = entries.get(name.toLowerCase());
    if (!e) throw new Error(`the package has no part ${name}`);
    return e;
  };
  const stream = (name: string): Promise<Readable> =>
    new Promise((resolve, reject) =>
      zip.openReadStream(entry(name), (err, s) => (err || !s ? reject(err ?? new Error(name)) : resolve(s))),
    );
  async function* chunks(name: string): AsyncIterable<string> {
    const decoder = new StringDecoder('utf8');
    for await (const bytes of await stream(name)) yield decoder.write(bytes as Buffer);
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return {
    names: [...entries.values()].map((e) => e.fileName),
    has: (name) => entries.has(name.toLowerCase()),
    size: (name) => entries.get(name.toLowerCase())?.uncompressedSize ?? 0,
    text: async (name) => {
      let text = '';
      for await (const c of chunks(name)) text += c;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    chunks,
    stream,
    close: () => zip.close(),
  };
}

/** One entry of the package being written: text made on demand, or a stream copied as it is. */
export type ZipPart =
  | { readonly name: string; readonly text: () => AsyncIterable<string> | Iterable<string> }
  | { readonly name: string; readonly copy: () => Promise<Readable> };

// Level 6 is zlib's default; the parts Guishu writes are repetitive XML that compresses well.
const LEVEL = 6;

/** Writes the parts in order into `file`; each part is produced only when its turn comes. */
export async function writeZip(file: string, parts: readonly ZipPart[]): Promise<void> {
  const out = new yazl.ZipFile();
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    fail = reject;
    const sink = createWriteStream(file);
    sink.once('error', reject);
    sink.once('close', resolve);
    out.outputStream.once('error', reject);
    out.outputStream.pipe(sink);
  });
  // A part that fails (an unreadable entry, a bug in a generator) fails the whole write: the
  // caller removes the half-written file.
  const failed = (error: unknown): Readable => {
    fail(error);
    return Readable.from([]);
  };
  for (const part of parts) {
    out.addReadStreamLazy(part.name, { compressionLevel: LEVEL }, (cb) => {
      if ('copy' in part) {
        part.copy().then(
          (s) => cb(null, s),
          (error) => cb(null, failed(error)),
        );
        return;
      }
      const s = Readable.from(utf8(part.text()));
      s.once('error', (error) => {
        fail(error);
        out.outputStream.unpipe();
      });
      cb(null, s);
    });
  }
  out.end();
  await done;
}

async function* utf8(chunks: AsyncIterable<string> | Iterable<string>): AsyncIterable<Buffer> {
  // Many small strings make many small zlib writes: gather them into chunks of about 64 KB.
  let pending: string[] = [];
  let size = 0;
  for await (const c of chunks) {
    pending.push(c);
    size += c.length;
    if (size >= 1 << 16) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield Buffer.from(pending.join(''), 'utf8');
}
