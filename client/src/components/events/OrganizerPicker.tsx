import { useId } from "react";
import { useTranslation } from "react-i18next";

export interface OrganizerChoice {
  id: string;
  name: string;
  /** ORGANIZATION, PROJECT, or PERSON for the viewer themselves and persons already organizing. */
  kind: string;
}

interface OrganizerPickerProps {
  choices: OrganizerChoice[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Who organizes the event: the creator, and the organizations and projects they administer. */
export function OrganizerPicker({ choices, selected, onChange, error }: OrganizerPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const none = selected.length === 0;
  const message = error ?? (none ? t("event.form.organizersNeeded") : undefined);
  return (
    <fieldset
      className={message ? "group organizer-picker field-invalid" : "group organizer-picker"}
      aria-describedby={[`${id}-hint`, message ? `${id}-error` : ""].filter(Boolean).join(" ")}
    >
      <legend>{t("event.form.organizers")}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t("event.form.organizersHint")}
      </p>
      {choices.map((choice) => (
        <div className="checkbox" key={choice.id}>
          <input
            id={`${id}-${choice.id}`}
            type="checkbox"
            checked={selected.includes(choice.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, choice.id] : selected.filter((selectedId) => selectedId !== choice.id),
              )
            }
          />
          <label htmlFor={`${id}-${choice.id}`}>
            {choice.name}
            {choice.kind !== "PERSON" && (
              <span className="muted">
                {" "}
                · {t(`myElements.kinds.${choice.kind === "PROJECT" ? "PROJECT" : "ORGANIZATION"}`)}
              </span>
            )}
          </label>
        </div>
      ))}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}
