import type { Db, Tx } from "../../db";

/** Stored settings by key (absent = the built-in default). */
export async function readSettings(db: Db | Tx, keys: string[]): Promise<Map<string, { value: unknown; updatedBy: string; updatedAt: Date }>> {
  const rows = await db.setting.findMany({ where: { key: { in: keys } } });
  return new Map(rows.map((r) => [r.key, { value: r.value, updatedBy: r.updatedBy, updatedAt: r.updatedAt }]));
}

/** Stores `value` under `key`, or removes it (back to the default) when `value` is null. */
export async function writeSetting(tx: Tx, key: string, value: unknown, updatedBy: string): Promise<void> {
  if (value === null) {
    await tx.setting.deleteMany({ where: { key } });
    return;
  }
  await tx.setting.upsert({ where: { key }, create: { key, value: value as object, updatedBy }, update: { value: value as object, updatedBy } });
}
