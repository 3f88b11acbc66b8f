import { useCallback, type KeyboardEvent } from "react";

/**
 * Tables stay usable without a mouse: each row's main link is a tab stop (Enter opens it), and ↑/↓ move
 * between the rows' links. Put `data-row-link` on that link.
 */
export function useRowKeyboard() {
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const target = event.target as HTMLElement;
    if (!target.matches("[data-row-link]")) return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("[data-row-link]"));
    const index = links.indexOf(target);
    const next = links[index + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }, []);
}
