import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useChoosePlace } from "../../home-area";
import { type ChosenPlace, dismissPlacePrompt } from "../../place";
import { Button } from "../ui/Button";
import { PlaceChooser } from "./PlaceChooser";
import { HelpLink } from "../help/HelpLink";

/** The first visit's question: where are you? Put aside with "Not now", remembered in this browser. */
export function PlacePrompt() {
  const { t } = useTranslation();
  return (
    <section className="place-prompt" aria-labelledby="place-prompt-title">
      <div className="title-with-help">
        <h2 id="place-prompt-title">{t("home.place.title")}</h2>
        <HelpLink slug="home-area" />
      </div>
      <p>{t("home.place.text")}</p>
      <PlaceChooser />
      <p>
        <Button variant="quiet" onClick={dismissPlacePrompt}>
          {t("home.place.dismiss")}
        </Button>
      </p>
    </section>
  );
}

/** "Around Lyon, within 10 km", with what it takes to change or forget the place. */
export function PlaceSummary({ place }: { place: ChosenPlace }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const choosePlace = useChoosePlace();
  return (
    <section className="place-summary" aria-labelledby="place-summary-title">
      <div className="title-with-help">
        <h2 id="place-summary-title">{t("places.chosen", { name: place.name, radius: place.radiusKm })}</h2>
        <HelpLink slug="home-area" />
      </div>
      <Button variant="quiet" aria-expanded={changing} onClick={() => setChanging(!changing)}>
        {changing ? t("places.close") : t("places.change")}
      </Button>
      <Button variant="quiet" onClick={() => choosePlace(null)}>
        {t("places.forget")}
      </Button>
      {changing && <PlaceChooser />}
    </section>
  );
}
