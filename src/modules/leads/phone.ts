/**
 * One spelling per Chinese phone number, so "138 1234 5678", "+86-13812345678" and "13812345678" compare
 * equal in dedup: mobiles as 11 digits, landlines as `area-number` (plus `-extension`). Null when the text is
 * neither.
 */
export function canonicalPhone(input: string): string | null {
  const text = input.normalize("NFKC").replace(/[\s()（）]/g, "");
  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(text.replace(/-/g, ""));
  if (mobile) return mobile[1];
  const landline = /^(?:\+?86-?)?(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(text);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ""}`;
  return null;
}
