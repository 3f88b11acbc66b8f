import { useCallback, useState } from "react";
import { App } from "antd";
import { errorMessage } from "../api/client";

/**
 * A save with feedback: `saving` while it runs, the success message when it worked, the server's Chinese
 * message when it did not. Resolves to whether it worked.
 */
export function useSubmit(): [saving: boolean, run: (action: () => Promise<unknown>, success?: React.ReactNode) => Promise<boolean>] {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const run = useCallback(
    async (action: () => Promise<unknown>, success?: React.ReactNode) => {
      setSaving(true);
      try {
        await action();
        if (success) message.success(success);
        return true;
      } catch (err) {
        message.error(errorMessage(err));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [message],
  );
  return [saving, run];
}
