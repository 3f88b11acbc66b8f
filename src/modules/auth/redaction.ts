/** Object keys that hold personal contact data; removed from responses for roles without `contact:read`. */
export const CONTACT_FIELDS: ReadonlySet<string> = new Set(["contacts", "contactName", "contactPhone", "contactEmail"]);

/** A copy of `value` without contact fields at any depth (plain objects and arrays only; dates etc. kept). */
export function withoutContacts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutContacts);
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!CONTACT_FIELDS.has(k)) out[k] = withoutContacts(v);
  return out;
}
