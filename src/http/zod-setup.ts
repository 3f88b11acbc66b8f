import { z } from "zod";
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";

// Validation messages in Chinese for analysts and chambers; `.openapi()` metadata for the generated docs.
z.config(z.locales.zhCN());
extendZodWithOpenApi(z);

export { z };
