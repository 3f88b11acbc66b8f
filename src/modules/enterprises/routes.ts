import type { Router } from "express";
import { crudRouter, registerCrudDocs, type CrudSchemas } from "../../http/crud-router";
import type { OpenAPIRegistry } from "../../http/openapi";
import { createEnterpriseBody, enterpriseResponse, listEnterprisesQuery, updateEnterpriseBody } from "./schemas";
import * as svc from "./service";
import type { ListEnterprisesQuery, EnterpriseInput, EnterprisePatch } from "./schemas";

const schemas: CrudSchemas = {
  create: createEnterpriseBody,
  update: updateEnterpriseBody,
  list: listEnterprisesQuery,
  view: enterpriseResponse,
};

export function enterprisesRouter(deps: svc.EnterpriseDeps): Router {
  return crudRouter(schemas, {
    list: (q: ListEnterprisesQuery) => svc.listEnterprises(deps, q),
    create: (input: EnterpriseInput) => svc.createEnterprise(deps, input),
    get: (id) => svc.getEnterprise(deps, id),
    update: (id, patch: EnterprisePatch) => svc.updateEnterprise(deps, id, patch),
    remove: (id) => svc.deleteEnterprise(deps, id),
    restore: (id) => svc.restoreEnterprise(deps, id),
  });
}

export function registerEnterpriseDocs(registry: OpenAPIRegistry): void {
  registerCrudDocs(registry, "/api/enterprises", "企业", "企业库 Enterprises", schemas);
}
