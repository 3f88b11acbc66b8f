/**
 * Keyset (seek) pagination for streaming exports: each page continues after the last row of the previous
 * one, so reading the 100,000th row costs what reading the first did (OFFSET would rescan every row before
 * it). Keys follow SQLite's ordering, where NULL sorts first ascending and last descending; the last key
 * must be unique (the id) so the order is total.
 */
export interface KeysetKey {
  field: string;
  dir: "asc" | "desc";
  nullable?: boolean;
}

type Where = Record<string, unknown>;

/** The ORDER BY of a key list, in Prisma's form. */
export function keysetOrderBy(keys: readonly KeysetKey[]): Record<string, "asc" | "desc">[] {
  return keys.map((k) => ({ [k.field]: k.dir }));
}

function equalTo(key: KeysetKey, value: unknown): Where {
  return { [key.field]: value ?? null };
}

/** Rows strictly after `value` on this key alone; null when none can follow (descending after NULL). */
function after(key: KeysetKey, value: unknown): Where | null {
  if (value === null || value === undefined) return key.dir === "asc" ? { [key.field]: { not: null } } : null;
  if (key.dir === "asc") return { [key.field]: { gt: value } };
  return key.nullable ? { OR: [{ [key.field]: { lt: value } }, { [key.field]: null }] } : { [key.field]: { lt: value } };
}

/** A Prisma `where` for the rows that come after `last` in the order of `keys`. */
export function keysetAfter(keys: readonly KeysetKey[], last: Record<string, unknown>): Where {
  const branches: Where[] = [];
  keys.forEach((key, i) => {
    const next = after(key, last[key.field]);
    if (!next) return;
    const prefix = keys.slice(0, i).map((k) => equalTo(k, last[k.field]));
    branches.push(prefix.length ? { AND: [...prefix, next] } : next);
  });
  return { OR: branches };
}

/**
 * Reads a whole ordered result in pages: `fetch(after, take)` gets the keyset condition (undefined for the
 * first page) and returns up to `take` rows in the order of `keys`.
 */
export async function* keysetPages<R extends object>(
  keys: readonly KeysetKey[],
  pageSize: number,
  fetch: (after: Where | undefined, take: number) => Promise<R[]>,
): AsyncGenerator<R[]> {
  let last: R | undefined;
  for (;;) {
    const rows = await fetch(last ? keysetAfter(keys, last as Record<string, unknown>) : undefined, pageSize);
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1];
  }
}
