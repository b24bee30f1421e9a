import { useQuery } from "@apollo/client/react";
import { ME } from "./graphql/viewer";

/** The logged-in person (null when nobody is), shared by every component through the Apollo cache. */
export function useViewer() {
  const { data, loading, error } = useQuery(ME);
  return { viewer: data?.me ?? null, loading: loading && !data, error };
}
