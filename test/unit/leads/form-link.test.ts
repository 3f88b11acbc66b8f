import { signFormLink, verifyFormLink } from "../../../src/modules/leads/form-link";

const SECRET = "x".repeat(40);
const now = new Date("2026-11-26T08:00:00Z");
const later = new Date("2027-02-24T08:00:00Z");

describe("chamber form links", () => {
  it("verifies a link it signed and returns its chamber and expiry", () => {
    const token = signFormLink(SECRET, { chamberId: 7, expiresAt: later });
    expect(verifyFormLink(SECRET, token, now)).toEqual({ ok: true, claims: { chamberId: 7, expiresAt: later } });
  });

  it("refuses an expired link", () => {
    const token = signFormLink(SECRET, { chamberId: 7, expiresAt: now });
    expect(verifyFormLink(SECRET, token, now)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a link whose chamber or expiry was edited, or signed with another secret", () => {
    const token = signFormLink(SECRET, { chamberId: 7, expiresAt: later });
    const [, expires, sig] = token.split(".");
    expect(verifyFormLink(SECRET, `8.${expires}.${sig}`, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyFormLink(SECRET, `7.${Number(expires) + 86400}.${sig}`, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyFormLink("y".repeat(40), token, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses malformed tokens", () => {
    for (const token of ["", "abc", "7.123", "7.123.short", "7.x.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "../../etc/passwd"]) {
      expect(verifyFormLink(SECRET, token, now)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
