import { useTranslation } from "react-i18next";
import { type ApiProblem, serverText } from "../graphql/errors";

interface FormErrorProps {
  problem: ApiProblem | null;
  /** Fields the form shows next to their control; problems with other fields are listed here. */
  shownFields?: string[];
  /** Replaces the generic message for this code, when the page knows better. */
  message?: string;
}

/** The general error of a form, announced as soon as it appears. */
export function FormError({ problem, shownFields = [], message }: FormErrorProps) {
  const { t } = useTranslation();
  const others = problem?.fields.filter((f) => !shownFields.includes(f.field)) ?? [];
  return (
    <div role="alert" className={problem ? "notice notice-error" : "notice-empty"}>
      {problem && (
        <>
          <p>
            {message ?? summary(problem) ?? t(`errors.${problem.code}`, { count: problem.retryAfterSeconds ?? 60 })}
          </p>
          {others.length > 0 && (
            <ul>
              {others.map((f) => (
                <li key={`${f.field}:${f.message}`}>{serverText(f)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/**
 * What the server said about the whole request, in the interface's language; when it names
 * fields, their problems say it better, next to each field or in the list, under the generic sentence.
 */
function summary(problem: ApiProblem): string | undefined {
  if (!problem.messageKey || problem.fields.length > 0) return undefined;
  return serverText(problem);
}
