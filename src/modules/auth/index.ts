export { ROLES, ROLE_LABELS, PERMISSIONS, ROLE_PERMISSIONS, roleCan, type Role, type Permission } from "./roles";
export { currentActor, runAsActor, actorCan, requirePermission, actorCoversGroup, requireGroupScope, SYSTEM_ACTOR, ANONYMOUS_ACTOR, type Actor } from "./actor";
export { recordAudit, recordAuditOn, diffRecords, type AuditEntry } from "./audit";
export { ACCESS_RULES, findAccessRule, type AccessRule, type Access } from "./access-rules";
export { authenticate, apiRateLimit, requestAuth, SESSION_COOKIE, CSRF_HEADER } from "./middleware";
export { authRouter, registerAuthDocs } from "./routes";
export { CONTACT_FIELDS, withoutContacts } from "./redaction";
export { createUser, createApiKey, createChamber, toUserView, type AuthDeps } from "./service";
export { hashPassword, verifyPassword } from "./passwords";
