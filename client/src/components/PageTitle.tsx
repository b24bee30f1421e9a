import { useTranslation } from "react-i18next";

/** The document title (React 19 moves <title> into <head>). */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  return <title>{`${children} · ${t("app.name")}`}</title>;
}
