import type { ZodError } from "zod";

export interface FieldIssue {
  path: string;
  message: string;
}

/** Flattens zod issues to `{path, message}` pairs for the error body and row-level import reports. */
export function zodIssuesToDetails(err: ZodError): FieldIssue[] {
  return err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}
