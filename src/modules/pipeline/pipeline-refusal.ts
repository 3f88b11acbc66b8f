import { AppError } from "../../http/app-error";

/** Why a pipeline step is refused: a stable English code and a message a Chinese analyst can act on. */
export interface Refusal {
  code: string;
  message: string;
}

/** A refused step (409: the request is fine, the project's state does not allow it). All reasons go in details. */
export function refuse(refusals: Refusal | Refusal[], status = 409): AppError {
  const list = Array.isArray(refusals) ? refusals : [refusals];
  return new AppError(list[0].code, list.map((r) => r.message).join("；"), status, list.length > 1 ? { refusals: list } : undefined);
}
