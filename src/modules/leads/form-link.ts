import crypto from "node:crypto";

/**
 * A chamber's public form link: `<chamberId>.<expires, unix seconds>.<HMAC-SHA256 of both, base64url>`.
 * Nothing is stored: the signature proves the bureau issued the link for that chamber until that time.
 * Rotating LEAD_FORM_SECRET invalidates every link at once.
 */
export interface FormLinkClaims {
  chamberId: number;
  expiresAt: Date;
}

function signature(secret: string, chamberId: number, expires: number): string {
  return crypto.createHmac("sha256", secret).update(`lead-form:${chamberId}.${expires}`).digest("base64url");
}

export function signFormLink(secret: string, claims: FormLinkClaims): string {
  const expires = Math.floor(claims.expiresAt.getTime() / 1000);
  return `${claims.chamberId}.${expires}.${signature(secret, claims.chamberId, expires)}`;
}

export type FormLinkCheck = { ok: true; claims: FormLinkClaims } | { ok: false; reason: "malformed" | "bad-signature" | "expired" };

export function verifyFormLink(secret: string, token: string, now: Date = new Date()): FormLinkCheck {
  const m = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: "malformed" };
  const chamberId = Number(m[1]);
  const expires = Number(m[2]);
  const expected = Buffer.from(signature(secret, chamberId, expires));
  const given = Buffer.from(m[3]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: "bad-signature" };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { chamberId, expiresAt: new Date(expires * 1000) } };
}
