import fc from "fast-check";
import { keysetAfter, keysetPages, type KeysetKey } from "../../../src/modules/exports";

/** SQLite's ordering: NULL below every value. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function sortRows<R extends Record<string, unknown>>(rows: R[], keys: KeysetKey[]): R[] {
  return [...rows].sort((x, y) => {
    for (const k of keys) {
      const c = compareValues(x[k.field], y[k.field]);
      if (c) return k.dir === "asc" ? c : -c;
    }
    return 0;
  });
}

/** Evaluates the subset of Prisma's `where` the keyset builder emits, with SQL's NULL semantics. */
function matches(row: Record<string, unknown>, where: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, cond]) => {
    if (key === "OR") return (cond as Record<string, unknown>[]).some((w) => matches(row, w));
    if (key === "AND") return (cond as Record<string, unknown>[]).every((w) => matches(row, w));
    const v = row[key];
    if (cond === null) return v === null;
    if (typeof cond !== "object") return v === cond;
    const op = cond as { gt?: number; lt?: number; not?: null };
    if ("not" in op) return v !== null;
    if (v === null) return false;
    if (op.gt !== undefined) return (v as number) > op.gt;
    return (v as number) < (op.lt as number);
  });
}

const SORTS: KeysetKey[][] = [
  [{ field: "id", dir: "asc" }],
  [{ field: "id", dir: "desc" }],
  [{ field: "capital", dir: "asc", nullable: true }, { field: "id", dir: "asc" }],
  [{ field: "capital", dir: "desc", nullable: true }, { field: "id", dir: "asc" }],
  [{ field: "capital", dir: "desc", nullable: true }, { field: "group", dir: "asc" }, { field: "id", dir: "desc" }],
];

describe("keyset pagination", () => {
  it("reads every row exactly once, in the full sort's order, for any page size (nulls included)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ capital: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), group: fc.integer({ min: 0, max: 2 }) }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...SORTS),
        async (values, pageSize, keys) => {
          const rows = values.map((v, i) => ({ id: i + 1, ...v }));
          const expected = sortRows(rows, keys);
          const seen: typeof rows = [];
          for await (const page of keysetPages(keys, pageSize, async (after, take) =>
            sortRows(rows.filter((r) => !after || matches(r, after)), keys).slice(0, take),
          )) {
            expect(page.length).toBeLessThanOrEqual(pageSize);
            seen.push(...page);
          }
          expect(seen.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("continues after a NULL in descending order only with other NULLs of higher id", () => {
    const keys: KeysetKey[] = [{ field: "capital", dir: "desc", nullable: true }, { field: "id", dir: "asc" }];
    expect(keysetAfter(keys, { capital: null, id: 7 })).toEqual({ OR: [{ AND: [{ capital: null }, { id: { gt: 7 } }] }] });
    expect(keysetAfter(keys, { capital: 10, id: 7 })).toEqual({
      OR: [{ OR: [{ capital: { lt: 10 } }, { capital: null }] }, { AND: [{ capital: 10 }, { id: { gt: 7 } }] }],
    });
  });
});
