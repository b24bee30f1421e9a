import { Link } from "react-router";
import { apiProblem } from "../../graphql/errors";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { PageTitle } from "../PageTitle";
import { ElementLayout, type ElementTab } from "./ElementLayout";

interface ElementPageProps {
  element: ElementDetailsFragment | null | undefined;
  loading: boolean;
  error: unknown;
  tabs: ElementTab[];
  /** Where this kind's pages live, such as /projects. */
  directory: string;
  kindLabel: (element: ElementDetailsFragment) => string;
  notFound: { title: string; text: string; back: string };
}

/** The page of a project or an event, read by its own query: its frame, or why it cannot be shown. */
export function ElementPage({ element, loading, error, tabs, directory, kindLabel, notFound }: ElementPageProps) {
  if (loading && !element) return <Loading />;
  const problem = error ? apiProblem(error) : null;
  // A malformed slug cannot name anything: same answer as an unknown one.
  if (problem && problem.code !== "BAD_USER_INPUT" && problem.code !== "NOT_FOUND") {
    return <FormError problem={problem} />;
  }
  if (!element) {
    return (
      <section>
        <PageTitle>{notFound.title}</PageTitle>
        <h1>{notFound.title}</h1>
        <p>{notFound.text}</p>
        <p>
          <Link to={directory}>{notFound.back}</Link>
        </p>
      </section>
    );
  }
  return (
    <ElementLayout
      element={element}
      basePath={`${directory}/${element.slug}`}
      tabs={tabs}
      kindLabel={kindLabel(element)}
    />
  );
}
