import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useViewer } from "../viewer";
import { Loading } from "./Loading";

/** Shows its content to a logged-in person, and sends anyone else to the login page (and back afterwards). */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
