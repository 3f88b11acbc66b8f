/**
 * The type of an uploaded file from its first bytes. The name and the Content-Type a client sends are not
 * evidence: a renamed .exe arrives as `report.pdf` with `application/pdf`. Only the three types a lead may
 * carry are recognised; anything else is refused by the caller.
 */
export type AttachmentType = { mime: "application/pdf"; ext: "pdf" } | { mime: "image/png"; ext: "png" } | { mime: "image/jpeg"; ext: "jpg" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** PDF readers accept the `%PDF-` header within the first 1024 bytes (some generators put junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const at = head.indexOf("%PDF-");
  return at >= 0 && /^%PDF-\d\.\d/.test(head.slice(at, at + 8));
}

export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return { mime: "image/png", ext: "png" };
  // SOI marker followed by the start of any marker segment (APP0 JFIF, APP1 Exif, DQT ...).
  if (bytes.length >= 4 && startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (isPdf(bytes)) return { mime: "application/pdf", ext: "pdf" };
  return null;
}
