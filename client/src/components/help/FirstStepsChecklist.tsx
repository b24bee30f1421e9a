import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DISMISS_FIRST_STEPS, FIRST_STEPS } from "../../graphql/help";
import { Button } from "../ui/Button";
import { HelpLink } from "./HelpLink";

/**
 * The checklist that follows sign-up, on the home page of a logged-in person. Steps tick
 * themselves from what the person did (the server reads them from the data, afresh at each
 * visit); "Hide" puts the list away for good.
 */
export function FirstStepsChecklist() {
  const { t } = useTranslation();
  const { data } = useQuery(FIRST_STEPS, { fetchPolicy: "cache-and-network" });
  const [dismiss, { loading: dismissing }] = useMutation(DISMISS_FIRST_STEPS, {
    update(cache, { data: result }) {
      const me = data?.me;
      if (me && result) {
        cache.writeQuery({ query: FIRST_STEPS, data: { me: { ...me, firstSteps: result.dismissFirstSteps } } });
      }
    },
  });
  const firstSteps = data?.me?.firstSteps;
  if (!firstSteps || firstSteps.dismissed) return null;
  const done = firstSteps.steps.filter((step) => step.done).length;
  const total = firstSteps.steps.length;

  return (
    <section className="first-steps card" aria-labelledby="first-steps-title">
      <div className="section-header">
        <h2 id="first-steps-title">{t("firstSteps.title")}</h2>
        <HelpLink slug="welcome" />
      </div>
      <p id="first-steps-progress">
        {done === total ? t("firstSteps.allDone") : t("firstSteps.progress", { done, count: total })}
      </p>
      <progress value={done} max={total} aria-labelledby="first-steps-progress" />
      <ol className="first-steps-list">
        {firstSteps.steps.map((step) => (
          <li key={step.key} className={step.done ? "first-step done" : "first-step"}>
            <span className="first-step-mark" aria-hidden="true">
              {step.done ? "✓" : ""}
            </span>
            <span>
              <Link to={step.url}>{t(`firstSteps.steps.${step.key}.title`)}</Link>
              {step.done && <span className="visually-hidden"> ({t("firstSteps.done")})</span>}
              <span className="first-step-hint">{t(`firstSteps.steps.${step.key}.hint`)}</span>
            </span>
          </li>
        ))}
      </ol>
      <p>
        <Button variant="quiet" busy={dismissing} onClick={() => void dismiss()}>
          {t("firstSteps.dismiss")}
        </Button>
      </p>
    </section>
  );
}
