import { z } from "../../http/zod-setup";
import { ROLES } from "./roles";

export const roleField = z.enum(ROLES, { error: `角色应为 ${ROLES.join(" / ")} 之一` });
const username = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,32}$/, "用户名为3-32位字母、数字或 . _ -");
const groups = z.array(z.string().trim().min(1)).max(7).default([]);

export const loginBody = z.object({ username: z.string().trim().toLowerCase().min(1, "请输入用户名"), password: z.string().min(1, "请输入密码").max(200) }).strict();

export const changePasswordBody = z.object({ currentPassword: z.string().min(1, "请输入当前密码"), newPassword: z.string().max(200) }).strict();

export const createUserBody = z
  .object({
    username,
    displayName: z.string().trim().min(1, "请输入姓名").max(50),
    role: roleField,
    password: z.string().max(200),
    groups,
    chamberId: z.number().int().positive().nullable().optional(),
  })
  .strict();

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(50),
    role: roleField,
    groups: z.array(z.string().trim().min(1)).max(7),
    chamberId: z.number().int().positive().nullable(),
    password: z.string().max(200),
    disabled: z.boolean(),
    /** Clears a lockout. */
    unlock: z.literal(true),
  })
  .partial()
  .strict();

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1, "请填写密钥用途").max(80),
    role: roleField,
    groups,
    chamberId: z.number().int().positive().nullable().optional(),
    expiresAt: z.coerce.date({ error: "过期时间格式不正确" }).optional(),
  })
  .strict();

export const createChamberBody = z
  .object({
    name: z.string().trim().min(2, "请填写商协会名称").max(100),
    kind: z.string().trim().min(1).max(20).default("商会"),
    region: z.string().trim().max(50).optional(),
  })
  .strict();

export const auditQuery = z
  .object({
    entityType: z.string().optional(),
    entityId: z.string().optional(),
    actorName: z.string().optional(),
    action: z.string().optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** Rows older than this id (keyset pagination, newest first). */
    before: z.coerce.number().int().positive().optional(),
  })
  .strict();

export type LoginBody = z.infer<typeof loginBody>;
export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type CreateApiKeyInput = z.infer<typeof createApiKeyBody>;
export type CreateChamberInput = z.infer<typeof createChamberBody>;
export type AuditQuery = z.infer<typeof auditQuery>;
