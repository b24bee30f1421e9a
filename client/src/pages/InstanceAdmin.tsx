import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { Field } from "../components/Field";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { PlaceCombobox } from "../components/places/PlaceCombobox";
import { RequireLogin } from "../components/RequireLogin";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { useSubmission } from "../forms";
import type { DataLicenceId } from "../graphql/generated/graphql";
import { fieldMessage } from "../graphql/errors";
import { INSTANCE_SETTINGS, UPDATE_INSTANCE } from "../graphql/instance";
import { useViewer } from "../viewer";

const LICENCES: readonly DataLicenceId[] = ["ODBL_1_0", "ETALAB_2_0", "CC_BY_4_0"];
/** As the server bounds it (INSTANCE_RADIUS_MAX_KM). */
const AREA_RADIUS_MAX_KM = 200;
const DEFAULT_AREA_RADIUS_KM = 30;

/**
 * The instance's administration, for its administrators: its settings and the reports of every
 * wall, as two tabs. Others are told the page is not for them.
 */
export function InstanceAdmin() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <RequireLogin>
      <section className="narrow">
        <h1>{t("instanceAdmin.title")}</h1>
        {viewer?.isInstanceAdmin ? (
          <>
            <nav aria-label={t("instanceAdmin.nav")} className="tabs">
              <ul>
                <li>
                  <NavLink to="/instance" end>
                    {t("instanceAdmin.settingsTab")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/instance/reports">{t("instanceAdmin.reportsTab")}</NavLink>
                </li>
              </ul>
            </nav>
            <Outlet />
          </>
        ) : (
          <>
            <PageTitle>{t("instanceAdmin.title")}</PageTitle>
            <p>{t("instanceAdmin.adminsOnly")}</p>
          </>
        )}
      </section>
    </RequireLogin>
  );
}

/** The instance's settings: name, description, area, contact and data licence. */
export function InstanceSettingsForm() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(INSTANCE_SETTINGS);
  const [update] = useMutation(UPDATE_INSTANCE, { refetchQueries: ["InstanceLicence"] });
  const { busy, problem, run } = useSubmission();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [town, setTown] = useState("");
  const [areaPlace, setAreaPlace] = useState<{ id: string; name: string } | null>(null);
  const [radiusKm, setRadiusKm] = useState(DEFAULT_AREA_RADIUS_KM);
  const [unpickedTown, setUnpickedTown] = useState(false);
  const [contactEmail, setContactEmail] = useState("");
  const [contactUrl, setContactUrl] = useState("");
  const [licence, setLicence] = useState<DataLicenceId>("ODBL_1_0");
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!data) return;
    const { instance } = data;
    setName(instance.name);
    setDescription(instance.description ?? "");
    setAreaPlace(instance.area?.place ?? null);
    setTown(instance.area?.place.name ?? "");
    setRadiusKm(instance.area?.radiusKm ?? DEFAULT_AREA_RADIUS_KM);
    setContactEmail(instance.contactEmail ?? "");
    setContactUrl(instance.contactUrl ?? "");
    setLicence(instance.licence.id);
  }, [data]);

  if (loading) return <Loading />;
  if (error || !data) return <p role="alert">{t("instanceAdmin.loadFailed")}</p>;

  /** The area to send: none when the town is left empty; a town typed but not chosen is refused here. */
  function chosenArea() {
    if (!town.trim()) return { area: null };
    if (!areaPlace || areaPlace.name !== town) return null;
    return { area: { placeId: areaPlace.id, radiusKm } };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const area = chosenArea();
    setUnpickedTown(area === null);
    if (area === null) return;
    const input = {
      name,
      description: description.trim() || null,
      area: area.area,
      contactEmail: contactEmail.trim() || null,
      contactUrl: contactUrl.trim() || null,
      licence,
    };
    const result = await run(() => update({ variables: { input } }));
    if (result.ok) setSaved(true);
  }

  const areaError = unpickedTown
    ? t("instanceAdmin.areaPick")
    : fieldMessage(problem, "area.placeId", "area.radiusKm", "area");

  return (
    <>
      <PageTitle>{`${t("instanceAdmin.settingsTab")} · ${t("instanceAdmin.title")}`}</PageTitle>
      <form onSubmit={submit} aria-busy={busy} className="form card">
        <FormError
          problem={problem}
          shownFields={["name", "description", "contactEmail", "contactUrl", "area.placeId", "area.radiusKm", "area"]}
        />
        <Field label={t("instanceAdmin.name")} required error={fieldMessage(problem, "name")}>
          {(props) => <input {...props} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("instanceAdmin.description")} error={fieldMessage(problem, "description")}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={description}
              maxLength={2000}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <fieldset className="group">
          <legend>{t("instanceAdmin.area")}</legend>
          <Field label={t("instanceAdmin.areaTown")} hint={t("instanceAdmin.areaHint")} error={areaError}>
            {(props) => (
              <PlaceCombobox
                {...props}
                maxLength={100}
                value={town}
                onChange={(text) => {
                  setTown(text);
                  setUnpickedTown(false);
                }}
                onPick={(picked) => {
                  setTown(picked.name);
                  setAreaPlace({ id: picked.id, name: picked.name });
                  setUnpickedTown(false);
                }}
              />
            )}
          </Field>
          <Field label={t("instanceAdmin.areaRadius")}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={1}
                max={AREA_RADIUS_MAX_KM}
                required
                value={radiusKm}
                onChange={(e) => setRadiusKm(Number(e.target.value))}
              />
            )}
          </Field>
        </fieldset>
        <Field label={t("instanceAdmin.contactEmail")} error={fieldMessage(problem, "contactEmail")}>
          {(props) => (
            <input {...props} type="email" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("instanceAdmin.contactUrl")} error={fieldMessage(problem, "contactUrl")}>
          {(props) => (
            <input {...props} type="url" value={contactUrl} onChange={(e) => setContactUrl(e.target.value)} />
          )}
        </Field>
        <Field label={t("instanceAdmin.licence")}>
          {(props) => (
            <select {...props} value={licence} onChange={(e) => setLicence(e.target.value as DataLicenceId)}>
              {LICENCES.map((id) => (
                <option key={id} value={id}>
                  {t(`instanceAdmin.licences.${id}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <SubmitButton busy={busy}>{t("instanceAdmin.save")}</SubmitButton>
        </p>
        <StatusMessage>{saved ? t("instanceAdmin.saved") : null}</StatusMessage>
      </form>
    </>
  );
}
