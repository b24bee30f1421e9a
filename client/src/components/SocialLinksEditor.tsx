import { useTranslation } from "react-i18next";
import { type ApiProblem, fieldMessage } from "../graphql/errors";
import type { SocialLinkInput, SocialNetwork } from "../graphql/generated/graphql";
import { Field } from "./Field";
import { UrlField } from "./ui/UrlField";
import { type Keyed, RowsEditor } from "./RowsEditor";

const NETWORKS: SocialNetwork[] = ["MASTODON", "FACEBOOK", "INSTAGRAM", "LINKEDIN", "YOUTUBE", "GITHUB", "OTHER"];

/** The API accepts at most this many social links. */
const MAX_SOCIAL_LINKS = 10;

export type SocialLinkRow = Keyed<SocialLinkInput>;

/** Names of the API fields the editor shows next to its controls (`socialLinks.N.url`…). */
export function socialLinkFields(rows: readonly unknown[]): string[] {
  return [
    "socialLinks",
    ...rows.flatMap((_row, index) => [`socialLinks.${index}.url`, `socialLinks.${index}.network`]),
  ];
}

interface SocialLinksEditorProps {
  rows: SocialLinkRow[];
  onChange: (rows: SocialLinkRow[]) => void;
  problem: ApiProblem | null;
}

/** Links to profiles on other networks, for a person or an element. */
export function SocialLinksEditor({ rows, onChange, problem }: SocialLinksEditorProps) {
  const { t } = useTranslation();
  return (
    <RowsEditor<SocialLinkInput>
      legend={t("socialLinks.legend")}
      rows={rows}
      onChange={onChange}
      blank={() => ({ network: "MASTODON", url: "" })}
      max={MAX_SOCIAL_LINKS}
      error={fieldMessage(problem, "socialLinks")}
      emptyText={t("socialLinks.none")}
      addLabel={t("socialLinks.add")}
      removeLabel={t("socialLinks.remove")}
      rowLegend={(number) => t("socialLinks.rowLegend", { number })}
    >
      {(row, index, change) => (
        <>
          <Field label={t("socialLinks.network")} error={fieldMessage(problem, `socialLinks.${index}.network`)}>
            {(control) => (
              <select
                {...control}
                value={row.network}
                onChange={(e) => change({ network: e.target.value as SocialNetwork })}
              >
                {NETWORKS.map((network) => (
                  <option key={network} value={network}>
                    {t(`network.${network}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <UrlField
            label={t("socialLinks.url")}
            required
            error={fieldMessage(problem, `socialLinks.${index}.url`)}
            value={row.url}
            onChange={(url) => change({ url })}
          />
        </>
      )}
    </RowsEditor>
  );
}
