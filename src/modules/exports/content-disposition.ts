/** Characters Windows refuses in file names, and control characters. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A file name safe on Windows and macOS: reserved characters become "_", at most 100 characters. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE_IN_FILE_NAME, "_").replace(/\s+/g, " ").trim();
  return cleaned.slice(0, 100) || "导出";
}

/** RFC 5987 ext-value: percent-encode everything but attr-char (encodeURIComponent leaves ' ( ) * alone). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition: attachment` with the Chinese name in `filename*` (RFC 6266 / 5987, what browsers use)
 * and a plain `filename` for old clients: the name itself when it is ASCII, else export.<ext>.
 */
export function attachmentDisposition(fileName: string): string {
  const name = safeFileName(fileName);
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? "";
  const fallback = /^[\x20-\x7e]+$/.test(name) ? name.replace(/[;\\%]/g, "_") : `export${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
