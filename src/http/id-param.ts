import { z } from "./zod-setup";

export const idParam = z.object({ id: z.coerce.number().int().positive({ error: "编号应为正整数" }) });
