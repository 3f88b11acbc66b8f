import type { Db } from "../../db";
import { resolveRegionByName, type RegionRecord } from "./reference-data";

/**
 * In-memory view of the Region table (a few thousand rows): code → name, and names resolved with the
 * shared resolver over the loaded rows (so county names work once the full table is imported).
 * `reload` refreshes it in place, so everything holding the directory sees a regions import at once.
 */
export class RegionDirectory {
  private records: RegionRecord[] = [];
  private byCode = new Map<string, RegionRecord>();

  constructor(rows: RegionRecord[]) {
    this.replace(rows);
  }

  static async load(db: Db): Promise<RegionDirectory> {
    return new RegionDirectory(await RegionDirectory.read(db));
  }

  private static async read(db: Db): Promise<RegionRecord[]> {
    const rows = await db.region.findMany();
    return rows.map((r) => ({ code: r.code, level: r.level as RegionRecord["level"], name: r.name, parentCode: r.parentCode }));
  }

  async reload(db: Db): Promise<void> {
    this.replace(await RegionDirectory.read(db));
  }

  private replace(rows: RegionRecord[]) {
    this.records = rows;
    this.byCode = new Map(rows.map((r) => [r.code, r]));
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string | null | undefined): RegionRecord | undefined {
    return code ? this.byCode.get(code) : undefined;
  }

  nameOf(code: string | null | undefined): string | null {
    return this.get(code)?.name ?? null;
  }

  /** 广东 / 广东省 / 深圳 / 广东省深圳市 / 440300 → the most specific unit with its province and city. */
  resolveName(text: string | null | undefined) {
    return text ? resolveRegionByName(text, this.records) : null;
  }

  provinceOf(code: string | null | undefined): RegionRecord | undefined {
    return code ? this.byCode.get(`${code.slice(0, 2)}0000`) : undefined;
  }

  cityOf(code: string | null | undefined): RegionRecord | undefined {
    return code && code.length === 6 ? this.byCode.get(`${code.slice(0, 4)}00`) : undefined;
  }
}
