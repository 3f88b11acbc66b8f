import type { Router } from "express";
import { crudRouter, registerCrudDocs, type CrudSchemas } from "../../http/crud-router";
import type { OpenAPIRegistry } from "../../http/openapi";
import { createProjectBody, listProjectsQuery, projectResponse, updateProjectBody } from "./schemas";
import * as svc from "./service";
import type { ListProjectsQuery, ProjectInput, ProjectPatch } from "./schemas";

const schemas: CrudSchemas = {
  create: createProjectBody,
  update: updateProjectBody,
  list: listProjectsQuery,
  view: projectResponse,
};

export function projectsRouter(deps: svc.ProjectDeps): Router {
  return crudRouter(schemas, {
    list: (q: ListProjectsQuery) => svc.listProjects(deps, q),
    create: (input: ProjectInput) => svc.createProject(deps, input),
    get: (id) => svc.getProject(deps, id),
    update: (id, patch: ProjectPatch) => svc.updateProject(deps, id, patch),
    remove: (id) => svc.deleteProject(deps, id),
    restore: (id) => svc.restoreProject(deps, id),
  });
}

export function registerProjectDocs(registry: OpenAPIRegistry): void {
  registerCrudDocs(registry, "/api/projects", "项目", "项目库 Projects", schemas);
}
