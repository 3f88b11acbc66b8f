import type { Db } from "../../db";
import { industryAncestors } from "./reference-data";

/** In-memory GB/T 4754 code → name lookup over the IndustryCode table (1,772 rows at most). */
export class IndustryNames {
  private names = new Map<string, string>();

  constructor(rows: { code: string; name: string }[]) {
    this.names = new Map(rows.map((r) => [r.code, r.name]));
  }

  static async load(db: Db): Promise<IndustryNames> {
    return new IndustryNames(await db.industryCode.findMany({ select: { code: true, name: true } }));
  }

  /** Refreshes in place after a full-table import. */
  async reload(db: Db): Promise<void> {
    this.names = new Map((await db.industryCode.findMany({ select: { code: true, name: true } })).map((r) => [r.code, r.name]));
  }

  /**
   * Name of a code, or of its nearest known ancestor when only the shipped sections and divisions are loaded
   * (3670 -> 汽车制造业 until the full table is imported), so a code is never shown without words.
   */
  nameOf(code: string): string | null {
    const exact = this.names.get(code);
    if (exact) return exact;
    const chain = industryAncestors(code);
    for (let i = chain.length - 2; i >= 0; i--) {
      const name = this.names.get(chain[i]);
      if (name) return name;
    }
    return null;
  }

  get size(): number {
    return this.names.size;
  }
}
