export { enqueueOutbox, outboxStats } from "./outbox-repository";
export type { OutboxEntity, OutboxOp, OutboxStats } from "./outbox-repository";
