import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, ApiError, onUnauthorized, setCsrfToken } from "../api/client";
import type { SessionResponse, User } from "../api/types";

interface AuthState {
  /** undefined while the session is being checked; null when signed out. */
  user: User | null | undefined;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  can(permission: string): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const accept = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    return session.user;
  }, []);

  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(null);
      setUser(null);
    });
    api<SessionResponse>("/auth/me", { allowUnauthorized: true })
      .then((session) => (session?.user ? accept(session) : setUser(null)))
      .catch((err: unknown) => {
        // Not signed in (401) is the normal first visit; anything else also ends on the login page.
        if (!(err instanceof ApiError) || err.status !== 401) console.warn("会话检查失败", err);
        setUser(null);
      });
    return () => onUnauthorized(null);
  }, [accept]);

  const login = useCallback(
    async (username: string, password: string) =>
      accept(await api<SessionResponse>("/auth/login", { method: "POST", body: { username, password }, allowUnauthorized: true })),
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await api("/auth/logout", { method: "POST", allowUnauthorized: true });
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({ user, login, logout, can: (permission) => Boolean(user?.permissions.includes(permission)) }),
    [user, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}
