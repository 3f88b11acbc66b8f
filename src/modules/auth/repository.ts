import type { Db, Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";

type Client = Db | Tx;

export const findUserByUsername = (db: Client, username: string) => db.user.findUnique({ where: { username } });
export const findUserById = (db: Client, id: number) => db.user.findUnique({ where: { id } });
export const listUserRows = (db: Client) => db.user.findMany({ orderBy: { id: "asc" } });
export const countUsers = (db: Client) => db.user.count();
export const insertUser = (tx: Client, data: Prisma.UserUncheckedCreateInput) => tx.user.create({ data });
export const updateUserRow = (tx: Client, id: number, data: Prisma.UserUncheckedUpdateInput) => tx.user.update({ where: { id }, data });

export const insertSession = (tx: Client, data: Prisma.SessionUncheckedCreateInput) => tx.session.create({ data });
export const findSession = (db: Client, idHash: string) => db.session.findUnique({ where: { idHash }, include: { user: true } });
export const touchSession = (db: Client, idHash: string, at: Date) => db.session.update({ where: { idHash }, data: { lastSeenAt: at } });
export const revokeSessionRow = (tx: Client, idHash: string, at: Date) => tx.session.updateMany({ where: { idHash, revokedAt: null }, data: { revokedAt: at } });
export const revokeUserSessions = (tx: Client, userId: number, at: Date) => tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } });

export const insertApiKey = (tx: Client, data: Prisma.ApiKeyUncheckedCreateInput) => tx.apiKey.create({ data });
export const findApiKeyByPrefix = (db: Client, prefix: string) => db.apiKey.findUnique({ where: { prefix } });
export const findApiKeyById = (db: Client, id: number) => db.apiKey.findUnique({ where: { id } });
export const listApiKeyRows = (db: Client) => db.apiKey.findMany({ orderBy: { id: "desc" } });
export const updateApiKeyRow = (tx: Client, id: number, data: Prisma.ApiKeyUncheckedUpdateInput) => tx.apiKey.update({ where: { id }, data });

export const findChamberById = (db: Client, id: number) => db.chamber.findUnique({ where: { id } });
export const listChamberRows = (db: Client) => db.chamber.findMany({ orderBy: { id: "asc" } });
export const insertChamber = (tx: Client, data: Prisma.ChamberUncheckedCreateInput) => tx.chamber.create({ data });

export const listAuditRows = (db: Client, where: Prisma.AuditLogWhereInput, limit: number) =>
  db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: limit });

export const industryGroupNames = async (db: Client) => (await db.industryGroup.findMany({ select: { name: true } })).map((g) => g.name);
