import type { Db, Tx } from "../../db";

export type OutboxEntity = "enterprise" | "project";
export type OutboxOp = "upsert" | "delete";

/** Records searchable changes; must be called with the transaction that made the change. */
export async function enqueueOutbox(tx: Tx, entity: OutboxEntity, ids: number[], op: OutboxOp): Promise<void> {
  if (ids.length === 0) return;
  await tx.outboxEvent.createMany({ data: ids.map((entityId) => ({ entity, entityId, op })) });
}

export interface OutboxStats {
  pending: number;
  failing: number;
  oldestPendingAt: Date | null;
}

export async function outboxStats(db: Db): Promise<OutboxStats> {
  const [pending, failing, oldest] = await Promise.all([
    db.outboxEvent.count({ where: { processedAt: null } }),
    db.outboxEvent.count({ where: { processedAt: null, attempts: { gt: 0 } } }),
    db.outboxEvent.findFirst({ where: { processedAt: null }, orderBy: { id: "asc" }, select: { createdAt: true } }),
  ]);
  return { pending, failing, oldestPendingAt: oldest?.createdAt ?? null };
}
