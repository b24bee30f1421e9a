import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { VERIFY_EMAIL } from "../graphql/accounts";
import { type ApiProblem, apiProblem, serverText } from "../graphql/errors";
import { useViewer } from "../viewer";

type VerifyState = { status: "working" } | { status: "done" } | { status: "failed"; problem: ApiProblem | null };

export function VerifyEmail() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token");
  const [verify] = useMutation(VERIFY_EMAIL);
  const { viewer } = useViewer();
  const [state, setState] = useState<VerifyState>(token ? { status: "working" } : { status: "failed", problem: null });
  // A token works once: make sure a re-render (or React's development double effects) does not spend it twice.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    // The answer updates the cached person, so a logged-in person sees a newly confirmed address at once.
    verify({ variables: { input: { token } } })
      .then(() => setState({ status: "done" }))
      .catch((error: unknown) => setState({ status: "failed", problem: apiProblem(error) }));
  }, [token, verify]);

  return (
    <section className="narrow">
      <PageTitle>{t("verifyEmail.title")}</PageTitle>
      <h1>{t("verifyEmail.title")}</h1>
      {state.status === "working" && <Loading />}
      {state.status === "done" && (
        <div role="status" className="notice notice-success">
          <p>{t("verifyEmail.success")}</p>
          {viewer ? (
            <p>
              <Link to={`/people/${viewer.username}`}>{t("home.toProfile")}</Link>
            </p>
          ) : (
            <p>
              <Link to="/login">{t("verifyEmail.login")}</Link>
            </p>
          )}
        </div>
      )}
      {state.status === "failed" && (
        <div role="alert" className="notice notice-error">
          <p>
            {!token
              ? t("verifyEmail.missingToken")
              : state.problem?.code === "BAD_USER_INPUT"
                ? t("verifyEmail.failed")
                : state.problem?.messageKey
                  ? serverText(state.problem)
                  : t(`errors.${state.problem?.code ?? "UNKNOWN"}`, { count: state.problem?.retryAfterSeconds ?? 60 })}
          </p>
          <p>{t("verifyEmail.resendHint")}</p>
        </div>
      )}
    </section>
  );
}
