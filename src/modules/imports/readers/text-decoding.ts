import { createReadStream } from "node:fs";
import type { Readable, Transform } from "node:stream";
import iconv from "iconv-lite";
import type { TextEncoding } from "./types";

/** A stream of decoded text (BOM removed) from a file in a detected encoding. */
export function createTextStream(path: string, encoding: TextEncoding): { source: Readable; text: Transform } {
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  const text = iconv.decodeStream(encoding === "utf-8" ? "utf8" : encoding, { stripBOM: true }) as unknown as Transform;
  text.setEncoding("utf8");
  return { source, text };
}

/** Decodes the first bytes of a file for sniffing (the last character may be cut; callers only count). */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding === "utf-8" ? "utf8" : encoding, { stripBOM: true });
}
