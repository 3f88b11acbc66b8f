import type { FormInstance } from "antd";

/**
 * The form's values, or null when a rule failed: antd already shows the messages beside the fields, and a
 * rejected validateFields() inside a dialog's onOk would otherwise surface as an unhandled rejection.
 */
export async function validFields<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
