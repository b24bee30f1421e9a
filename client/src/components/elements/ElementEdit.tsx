import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { canSeeContacts } from "../../elements";
import { changesFrom, useSubmission } from "../../forms";
import type { ApiProblem } from "../../graphql/errors";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import { PageTitle } from "../PageTitle";
import { RequireLogin } from "../RequireLogin";
import { StatusMessage } from "../StatusMessage";
import { useElement } from "./ElementLayout";

/** What a kind's form receives from the edit page. */
export interface EditFormProps<V> {
  values: V;
  onChange: (changes: Partial<V>) => void;
  onSubmit: () => void;
  busy: boolean;
  problem: ApiProblem | null;
  submitLabel: string;
  contactsShown: boolean;
  after: ReactNode;
}

interface ElementEditProps<V extends object> {
  initialValues: (element: ElementDetailsFragment) => V;
  toInput: (values: V) => object;
  /** Sends the changed fields, with the element's id. */
  save: (input: { id: string } & Record<string, unknown>) => Promise<unknown>;
  renderForm: (props: EditFormProps<V>) => ReactNode;
}

/** A project's or an event's Edit page: only the changed fields are sent, and they go to the history. */
export function ElementEdit<V extends object>({ initialValues, toInput, save, renderForm }: ElementEditProps<V>) {
  const { t } = useTranslation();
  const { element, basePath } = useElement();
  const [initial, setInitial] = useState(() => initialValues(element));
  const [values, setValues] = useState(initial);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState<"saved" | "unchanged" | null>(null);

  async function submit() {
    setSaved(null);
    const changes = changesFrom(toInput(initial), toInput(values));
    if (Object.keys(changes).length === 0) {
      setSaved("unchanged");
      return;
    }
    const result = await run(() => save({ id: element.id, ...changes }));
    if (result.ok) {
      setInitial(values);
      setSaved("saved");
    }
  }

  return (
    <RequireLogin>
      <section aria-labelledby="element-edit">
        <PageTitle>{`${t("organization.edit.title")} · ${element.name}`}</PageTitle>
        <h2 id="element-edit">{t("organization.edit.title")}</h2>
        {element.viewer.canEdit ? (
          <>
            <p className="notice notice-info">
              {element.viewer.isAdmin || element.viewer.inCommunity
                ? t("organization.edit.historyNote")
                : t("organization.edit.openEditionNote")}
            </p>
            {renderForm({
              values,
              onChange: (changes) => setValues((current) => ({ ...current, ...changes })),
              onSubmit: submit,
              busy,
              problem,
              submitLabel: t("organization.edit.submit"),
              contactsShown: canSeeContacts(element),
              after: (
                <StatusMessage>
                  {saved === "saved" ? (
                    <>
                      {t("organization.edit.saved")} <Link to={basePath}>{t("organization.edit.view")}</Link>
                    </>
                  ) : saved === "unchanged" ? (
                    t("organization.edit.unchanged")
                  ) : null}
                </StatusMessage>
              ),
            })}
          </>
        ) : (
          <p className="notice notice-info">{t("element.editMembersOnly")}</p>
        )}
      </section>
    </RequireLogin>
  );
}
