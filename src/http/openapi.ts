import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "./zod-setup";

export type { OpenAPIRegistry };

export const errorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi("Error");

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.register("Error", errorBody);
  return registry;
}

export function buildOpenApiDocument(registry: OpenAPIRegistry) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "InvestMatch 招商匹配 API",
      version: "0.1.0",
      description: "企业库、招商项目库、批量导入与检索。错误统一为 { error: { code, message, details? } }。",
    },
    servers: [{ url: "/" }],
  });
}

/** Standard error responses every route may return. */
export const errorResponses = {
  400: { description: "请求参数不正确", content: { "application/json": { schema: errorBody } } },
  404: { description: "资源不存在", content: { "application/json": { schema: errorBody } } },
} as const;
