import crypto from "node:crypto";

/** A random token for a cookie or a key; only its SHA-256 is stored. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** Constant-time comparison of two hex or text digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** API keys look like `imk_<prefix>_<secret>`: the prefix finds the row, the whole key's hash proves it. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = crypto.randomBytes(6).toString("hex");
  const key = `imk_${prefix}_${randomToken(24)}`;
  return { key, prefix, hash: sha256(key) };
}

export function apiKeyPrefix(key: string): string | null {
  const m = /^imk_([0-9a-f]{12})_[A-Za-z0-9_-]{20,}$/.exec(key);
  return m ? m[1] : null;
}
