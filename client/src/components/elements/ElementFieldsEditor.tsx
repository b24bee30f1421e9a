import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { orNull, parseTags } from "../../forms";
import { type ApiProblem, fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, ExtraLinkInput, SocialLinkInput } from "../../graphql/generated/graphql";
import { type ExtraLinkRow, extraLinkFields, ExtraLinksEditor } from "../ExtraLinksEditor";
import { Field } from "../Field";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import { UrlField } from "../ui/UrlField";
import { PlaceCombobox, type PlaceOption } from "../places/PlaceCombobox";
import { ImageField, type PickedImage } from "../ui/ImageField";
import { withKeys, withoutKeys } from "../RowsEditor";
import { socialLinkFields, type SocialLinkRow, SocialLinksEditor } from "../SocialLinksEditor";

/** Leaflet loads only when a form shows a point. */
const LocationPicker = lazy(() =>
  import("../map/LocationPicker").then(({ LocationPicker }) => ({ default: LocationPicker })),
);

/** The descriptive fields every kind of element has, as typed in a form. */
export interface ElementFieldValues {
  shortDescription: string;
  description: string;
  tags: string;
  email: string;
  phone: string;
  website: string;
  socialLinks: SocialLinkRow[];
  extraLinks: ExtraLinkRow[];
  street: string;
  postalCode: string;
  city: string;
  /** The point on the map; sent only once set in this form (by picking a town), else the server's stays. */
  location: { latitude: number; longitude: number } | null;
  locationSet: boolean;
  /** The logo and the banner, uploaded as soon as chosen. */
  image: PickedImage | null;
  banner: PickedImage | null;
}

/** The same fields as the API takes them, in every kind's create and update inputs. */
export interface ElementFieldsInput {
  shortDescription: string | null;
  description: string | null;
  tags: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
  socialLinks: SocialLinkInput[];
  extraLinks: ExtraLinkInput[];
  address: { street: string | null; postalCode: string | null; city: string | null } | null;
  location?: { latitude: number; longitude: number } | null;
  imageId: string | null;
  bannerId: string | null;
}

export const EMPTY_ELEMENT_FIELDS: ElementFieldValues = {
  shortDescription: "",
  description: "",
  tags: "",
  email: "",
  phone: "",
  website: "",
  socialLinks: [],
  extraLinks: [],
  street: "",
  postalCode: "",
  city: "",
  location: null,
  locationSet: false,
  image: null,
  banner: null,
};

export function elementFieldValues(element: ElementDetailsFragment): ElementFieldValues {
  return {
    shortDescription: element.shortDescription ?? "",
    description: element.description ?? "",
    tags: element.tags.join(", "),
    email: element.email ?? "",
    phone: element.phone ?? "",
    website: element.website ?? "",
    socialLinks: withKeys(element.socialLinks.map(({ network, url }) => ({ network, url }))),
    extraLinks: withKeys(element.extraLinks.map(({ kind, url, label }) => ({ kind, url, label: label ?? "" }))),
    street: element.address?.street ?? "",
    postalCode: element.address?.postalCode ?? "",
    city: element.address?.city ?? "",
    location: element.location ? { latitude: element.location.latitude, longitude: element.location.longitude } : null,
    locationSet: false,
    image: element.image && { id: element.image.id, url: element.image.urls.medium },
    banner: element.banner && { id: element.banner.id, url: element.banner.urls.large },
  };
}

export function elementFieldsInput(values: ElementFieldValues): ElementFieldsInput {
  return {
    shortDescription: orNull(values.shortDescription),
    // Markdown: keep the author's line breaks and indentation; only an empty text clears it.
    description: values.description.trim() === "" ? null : values.description,
    tags: parseTags(values.tags),
    email: orNull(values.email),
    phone: orNull(values.phone),
    website: orNull(values.website),
    // Sent as shown, so that the API's `socialLinks.N.url` messages point at the right row.
    socialLinks: withoutKeys(values.socialLinks).map(({ network, url }) => ({ network, url: url.trim() })),
    extraLinks: withoutKeys(values.extraLinks).map(({ kind, url, label }) => ({
      kind,
      url: url.trim(),
      label: orNull(label),
    })),
    address: addressInput(values),
    ...(values.locationSet ? { location: values.location } : {}),
    imageId: values.image?.id ?? null,
    bannerId: values.banner?.id ?? null,
  };
}

/**
 * The town, postal code and point of a town picked in a list. A town with several postal codes
 * keeps the one typed when it is one of them (or starts one of them); otherwise the first.
 */
export function addressAt(place: PlaceOption, typedPostalCode: string): Partial<ElementFieldValues> {
  const typed = typedPostalCode.trim();
  const postalCode =
    (typed && place.postalCodes.find((code) => code.startsWith(typed))) || place.postalCodes[0] || typed;
  return {
    city: place.name,
    postalCode,
    location: { latitude: place.latitude, longitude: place.longitude },
    locationSet: true,
  };
}

/** A town typed rather than picked: the server places the element at it when it knows it. */
const TYPED_TOWN = { location: null, locationSet: false };

/** The address as the API takes it: null when every part is empty (which clears it). */
function addressInput(values: ElementFieldValues): ElementFieldsInput["address"] {
  const address = { street: orNull(values.street), postalCode: orNull(values.postalCode), city: orNull(values.city) };
  return Object.values(address).some(Boolean) ? address : null;
}

/** API fields this editor shows next to their controls, for FormError to leave out. */
export function elementFieldNames(values: ElementFieldValues): string[] {
  return [
    "shortDescription",
    "description",
    "tags",
    "email",
    "phone",
    "website",
    "address.street",
    "address.postalCode",
    "address.city",
    "imageId",
    "bannerId",
    ...socialLinkFields(values.socialLinks),
    ...extraLinkFields(values.extraLinks),
  ];
}

interface ElementFieldsEditorProps {
  values: ElementFieldValues;
  onChange: (changes: Partial<ElementFieldValues>) => void;
  problem: ApiProblem | null;
  /** False when the API hides the e-mail and phone from this person: they cannot be edited blind. */
  contactsShown?: boolean;
  /** False when the form shows the address elsewhere (an event's place, next to its times). */
  addressShown?: boolean;
}

/** The controls for the descriptive fields shared by organizations, projects and events. */
export function ElementFieldsEditor({
  values,
  onChange,
  problem,
  contactsShown = true,
  addressShown = true,
}: ElementFieldsEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="group image-group">
        <legend>{t("images.group")}</legend>
        <ImageField
          label={t("images.logo")}
          hint={t("images.logoHint")}
          shape="square"
          value={values.image}
          onChange={(image) => onChange({ image })}
          error={fieldMessage(problem, "imageId")}
        />
        <ImageField
          label={t("images.banner")}
          hint={t("images.bannerHint")}
          shape="wide"
          value={values.banner}
          onChange={(banner) => onChange({ banner })}
          error={fieldMessage(problem, "bannerId")}
        />
      </fieldset>
      <TextField
        label={t("elementForm.shortDescription")}
        hint={t("elementForm.shortDescriptionHint")}
        error={fieldMessage(problem, "shortDescription")}
        maxLength={280}
        value={values.shortDescription}
        onChange={(shortDescription) => onChange({ shortDescription })}
      />
      <TextAreaField
        label={t("elementForm.description")}
        hint={t("elementForm.descriptionHint")}
        error={fieldMessage(problem, "description")}
        rows={10}
        maxLength={20000}
        value={values.description}
        onChange={(description) => onChange({ description })}
      />
      <TextField
        label={t("elementForm.tags")}
        hint={t("elementForm.tagsHint")}
        error={fieldMessage(problem, "tags")}
        value={values.tags}
        onChange={(tags) => onChange({ tags })}
      />

      <fieldset className="group">
        <legend>{t("elementForm.contact")}</legend>
        {contactsShown ? (
          <>
            <TextField
              label={t("elementForm.email")}
              error={fieldMessage(problem, "email")}
              type="email"
              maxLength={254}
              value={values.email}
              onChange={(email) => onChange({ email })}
            />
            <TextField
              label={t("elementForm.phone")}
              error={fieldMessage(problem, "phone")}
              type="tel"
              value={values.phone}
              onChange={(phone) => onChange({ phone })}
            />
          </>
        ) : (
          <p className="field-hint">{t("elementForm.contactsHidden")}</p>
        )}
        <UrlField
          label={t("elementForm.website")}
          hint={t("elementForm.websiteHint")}
          error={fieldMessage(problem, "website")}
          maxLength={300}
          value={values.website}
          onChange={(website) => onChange({ website })}
        />
        {addressShown && (
          <AddressField label={t("elementForm.address")} values={values} onChange={onChange} problem={problem} />
        )}
      </fieldset>

      <SocialLinksEditor
        rows={values.socialLinks}
        onChange={(rows) => onChange({ socialLinks: rows })}
        problem={problem}
      />
      <ExtraLinksEditor
        rows={values.extraLinks}
        onChange={(rows) => onChange({ extraLinks: rows })}
        problem={problem}
      />
    </>
  );
}

/**
 * The address: street, then postal code and town completed from the gazetteer (picking a town
 * places the element there, and its marker can then be moved); events show it as their place.
 */
export function AddressField(props: {
  label: string;
  values: ElementFieldValues;
  onChange: (change: Partial<ElementFieldValues>) => void;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation();
  const { values, onChange, problem } = props;
  return (
    <>
      <TextAreaField
        label={props.label}
        hint={t("elementForm.addressHint")}
        error={fieldMessage(problem, "address.street")}
        rows={2}
        maxLength={300}
        autoComplete="street-address"
        value={values.street}
        onChange={(street) => onChange({ street })}
      />
      <Field
        label={t("elementForm.postalCode")}
        hint={t("places.postalCodeHint")}
        error={fieldMessage(problem, "address.postalCode")}
      >
        {(control) => (
          <PlaceCombobox
            {...control}
            maxLength={12}
            inputMode="numeric"
            autoComplete="postal-code"
            value={values.postalCode}
            onChange={(postalCode) => onChange({ postalCode, ...TYPED_TOWN })}
            onPick={(place) => onChange(addressAt(place, values.postalCode))}
          />
        )}
      </Field>
      <Field
        label={t("elementForm.city")}
        hint={t("elementForm.cityHint")}
        error={fieldMessage(problem, "address.city")}
      >
        {(control) => (
          <PlaceCombobox
            {...control}
            maxLength={120}
            autoComplete="address-level2"
            value={values.city}
            onChange={(city) => onChange({ city, ...TYPED_TOWN })}
            onPick={(place) => onChange(addressAt(place, values.postalCode))}
          />
        )}
      </Field>
      <p className="field-hint" role="status">
        {values.location
          ? t("places.point", {
              latitude: values.location.latitude.toFixed(4),
              longitude: values.location.longitude.toFixed(4),
            })
          : t("places.noPoint")}
      </p>
      {values.location && (
        <Suspense fallback={null}>
          <p className="field-hint">{t("places.adjustHint")}</p>
          <LocationPicker point={values.location} onChange={(location) => onChange({ location, locationSet: true })} />
        </Suspense>
      )}
    </>
  );
}
