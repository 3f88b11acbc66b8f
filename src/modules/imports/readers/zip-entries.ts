import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65535 bytes. */
const MAX_END_RECORD_SEARCH = 22 + 0xffff;

export interface ZipEntryLocation {
  name: string;
  /** Where the entry's local header starts. */
  start: number;
  /** Where the entry ends (its data and any data descriptor): the next entry or the central directory. */
  end: number;
}

/**
 * The entries of a zip file, read from its central directory (a few KB at the end of the file), so an
 * .xlsx can be told from a .docx and its parts read in any order without unpacking. Returns null when the
 * central directory cannot be found (truncated file, zip64).
 */
export interface ZipIndex {
  entries: ZipEntryLocation[];
  /** Where the central directory starts; it and the end record run to the end of the file. */
  centralDirectoryStart: number;
  fileSize: number;
}

export async function listZipEntries(path: string): Promise<ZipIndex | null> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, MAX_END_RECORD_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const entryCount = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff || directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: { name: string; start: number }[] = [];
    let position = 0;
    for (let i = 0; i < entryCount && position + 46 <= directory.length; i++) {
      if (directory.readUInt32LE(position) !== CENTRAL_DIRECTORY_ENTRY) return null;
      const nameLength = directory.readUInt16LE(position + 28);
      const extraLength = directory.readUInt16LE(position + 30);
      const commentLength = directory.readUInt16LE(position + 32);
      const start = directory.readUInt32LE(position + 42);
      entries.push({ name: directory.toString("utf8", position + 46, position + 46 + nameLength), start });
      position += 46 + nameLength + extraLength + commentLength;
    }
    const starts = [...entries.map((e) => e.start), directoryOffset].sort((a, b) => a - b);
    return {
      entries: entries.map(({ name, start }) => ({ name, start, end: starts[starts.indexOf(start) + 1] })),
      centralDirectoryStart: directoryOffset,
      fileSize: size,
    };
  } finally {
    await handle.close();
  }
}

/** Names of the entries of a zip file, or null when it has no readable central directory. */
export async function listZipEntryNames(path: string): Promise<string[] | null> {
  const index = await listZipEntries(path);
  return index ? index.entries.map((e) => e.name) : null;
}

/**
 * A zip byte stream holding only the given entries, in the given order, copied from the file as they are
 * (local header, compressed data, descriptor), followed by the original central directory. Sequential zip
 * readers (which never use the directory's offsets) see a well-formed archive in the order we need.
 */
export function reorderedZipStream(path: string, index: ZipIndex, entries: readonly ZipEntryLocation[]): Readable {
  const ranges = [
    ...entries.map((e) => ({ start: e.start, end: e.end })),
    { start: index.centralDirectoryStart, end: index.fileSize },
  ];
  async function* bytes(): AsyncGenerator<Buffer> {
    for (const { start, end } of ranges) {
      if (end <= start) continue;
      for await (const chunk of createReadStream(path, { start, end: end - 1 })) yield chunk as Buffer;
    }
  }
  return Readable.from(bytes(), { objectMode: false });
}
