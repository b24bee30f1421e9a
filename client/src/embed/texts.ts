import type { Problem } from "./options";

/** The widgets' own few texts, in both languages (the web app's translation files are too large to load here). */
export const TEXTS = {
  fr: {
    loading: "Chargement…",
    empty: {
      agenda: "Aucun événement à venir.",
      directory: "Aucun acteur trouvé.",
      map: "Aucun acteur situé sur la carte.",
      live: "Rien de nouveau pour l’instant.",
    },
    failed: "Les données de Communect sont indisponibles pour le moment.",
    title: { agenda: "Agenda", directory: "Annuaire", map: "Carte des acteurs", live: "Le Live" },
    kinds: { ORGANIZATION: "Organisation", PROJECT: "Projet", EVENT: "Événement" },
    problems: "Ce widget Communect est mal configuré :",
    problem: (attribute: string, value: string, expected: string) =>
      value ? `l’attribut « ${attribute} » vaut « ${value} » : ${expected}.` : `${expected}.`,
    expected: {
      town: "un code INSEE de commune est attendu (5 caractères, par exemple 69123)",
      postalCode: "un code postal de 5 chiffres est attendu",
      near: "« latitude,longitude » est attendu (par exemple 45.76,4.83)",
      radius: "un rayon en kilomètres, de 0 à 100, est attendu",
      kinds: "une liste parmi organization, project, event est attendue",
      types: "une liste de types connus est attendue",
      tags: "de 1 à 10 mots-clés de 40 caractères au plus, séparés par des virgules, sont attendus",
      organization: "l’identifiant (slug) d’une organisation est attendu",
      limit: "un nombre entier de 1 à 50 est attendu",
      lang: "fr ou en est attendu",
      theme: "light, dark ou auto est attendu",
      accent: "une couleur CSS est attendue (par exemple #1f6f5c)",
      target: "_blank ou _self est attendu",
      area: "le Live a besoin d’un lieu : attribut town, postal-code ou near",
    },
    unknownOrganization: "Cette organisation n’existe pas ou n’est pas publique.",
    data: "Données",
    licence: "licence",
    newTab: " (nouvel onglet)",
    markers: "Acteurs sur la carte",
    from: "Par",
  },
  en: {
    loading: "Loading…",
    empty: {
      agenda: "No upcoming event.",
      directory: "Nothing found.",
      map: "Nothing located on the map.",
      live: "Nothing new for now.",
    },
    failed: "Communect's data cannot be read right now.",
    title: { agenda: "Agenda", directory: "Directory", map: "Map", live: "The Live" },
    kinds: { ORGANIZATION: "Organization", PROJECT: "Project", EVENT: "Event" },
    problems: "This Communect widget is misconfigured:",
    problem: (attribute: string, value: string, expected: string) =>
      value ? `the "${attribute}" attribute is "${value}": ${expected}.` : `${expected}.`,
    expected: {
      town: "a town's INSEE code is expected (5 characters, such as 69123)",
      postalCode: "a 5-digit postal code is expected",
      near: '"latitude,longitude" is expected (such as 45.76,4.83)',
      radius: "a radius in kilometres, 0 to 100, is expected",
      kinds: "a list among organization, project, event is expected",
      types: "a list of known types is expected",
      tags: "1 to 10 tags of at most 40 characters, separated by commas, are expected",
      organization: "an organization's identifier (slug) is expected",
      limit: "a whole number from 1 to 50 is expected",
      lang: "fr or en is expected",
      theme: "light, dark or auto is expected",
      accent: "a CSS colour is expected (such as #1f6f5c)",
      target: "_blank or _self is expected",
      area: "the Live needs a place: a town, postal-code or near attribute",
    },
    unknownOrganization: "This organization does not exist or is not public.",
    data: "Data",
    licence: "licence",
    newTab: " (new tab)",
    markers: "On the map",
    from: "By",
  },
};

export type Texts = (typeof TEXTS)["fr"];

export function problemLines(texts: Texts, problems: Problem[]): string[] {
  return problems.map(({ attribute, value, expected }) => texts.problem(attribute, value, texts.expected[expected]));
}
