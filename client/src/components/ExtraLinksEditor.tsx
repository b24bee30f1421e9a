import { useTranslation } from "react-i18next";
import { type ApiProblem, fieldMessage } from "../graphql/errors";
import type { ExtraLinkKind } from "../graphql/generated/graphql";
import { Field } from "./Field";
import { TextField } from "./ui/TextField";
import { UrlField } from "./ui/UrlField";
import { type Keyed, RowsEditor } from "./RowsEditor";

export const EXTRA_LINK_KINDS: ExtraLinkKind[] = ["CHAT", "WEBSITE", "DOCUMENTATION", "FUNDING", "OTHER"];

/** The API accepts at most this many extra links. */
const MAX_EXTRA_LINKS = 10;

/** As edited: an empty label is sent as null. */
interface ExtraLinkFields {
  kind: ExtraLinkKind;
  url: string;
  label: string;
}
export type ExtraLinkRow = Keyed<ExtraLinkFields>;

/** Names of the API fields the editor shows next to its controls (`extraLinks.N.url`…). */
export function extraLinkFields(rows: readonly unknown[]): string[] {
  return [
    "extraLinks",
    ...rows.flatMap((_row, index) => ["kind", "url", "label"].map((part) => `extraLinks.${index}.${part}`)),
  ];
}

interface ExtraLinksEditorProps {
  rows: ExtraLinkRow[];
  onChange: (rows: ExtraLinkRow[]) => void;
  problem: ApiProblem | null;
}

/** Links to a chat room, documentation, a funding page… */
export function ExtraLinksEditor({ rows, onChange, problem }: ExtraLinksEditorProps) {
  const { t } = useTranslation();
  return (
    <RowsEditor<ExtraLinkFields>
      legend={t("extraLinks.legend")}
      rows={rows}
      onChange={onChange}
      blank={() => ({ kind: "CHAT", url: "", label: "" })}
      max={MAX_EXTRA_LINKS}
      error={fieldMessage(problem, "extraLinks")}
      emptyText={t("extraLinks.none")}
      addLabel={t("extraLinks.add")}
      removeLabel={t("extraLinks.remove")}
      rowLegend={(number) => t("extraLinks.rowLegend", { number })}
    >
      {(row, index, change) => (
        <>
          <Field label={t("extraLinks.kind")} error={fieldMessage(problem, `extraLinks.${index}.kind`)}>
            {(control) => (
              <select {...control} value={row.kind} onChange={(e) => change({ kind: e.target.value as ExtraLinkKind })}>
                {EXTRA_LINK_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`extraLinks.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <UrlField
            label={t("extraLinks.url")}
            required
            error={fieldMessage(problem, `extraLinks.${index}.url`)}
            value={row.url}
            onChange={(url) => change({ url })}
          />
          <div className="row-wide">
            <TextField
              label={t("extraLinks.label")}
              hint={t("extraLinks.labelHint")}
              error={fieldMessage(problem, `extraLinks.${index}.label`)}
              maxLength={60}
              value={row.label}
              onChange={(label) => change({ label })}
            />
          </div>
        </>
      )}
    </RowsEditor>
  );
}
