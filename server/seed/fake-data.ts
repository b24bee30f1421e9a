import { base, Faker, fr } from "@faker-js/faker";
import { EventType } from "../modules/events/event.entity";
import { occursUntil } from "../modules/events/recurrence";
import { OrganizationType } from "../modules/organizations/organization.entity";
import { ReactionKind } from "../modules/news/reaction.entity";
import { ProjectStage } from "../modules/projects/project.entity";

/** A town of the gazetteer that elements are placed in. */
export interface Town {
  name: string;
  inseeCode: string | null;
  postalCode: string | null;
  country: string;
  latitude: number;
  longitude: number;
  population: number;
}

/** Picks towns at random in proportion to their population (a town of 0 counts as a village of 100). */
export function townPicker(towns: Town[], random: () => number): () => Town {
  const cumulative: number[] = [];
  let total = 0;
  for (const town of towns) {
    total += Math.max(town.population, 100);
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return towns[low];
  };
}

const TAGS = [
  "Jardinage",
  "Vélo",
  "Musique",
  "Théâtre",
  "Éducation populaire",
  "Alimentation",
  "Circuit court",
  "Zéro déchet",
  "Réparation",
  "Numérique",
  "Logiciel libre",
  "Solidarité",
  "Santé",
  "Sport",
  "Randonnée",
  "Lecture",
  "Cinéma",
  "Danse",
  "Arts plastiques",
  "Patrimoine",
  "Biodiversité",
  "Énergie",
  "Climat",
  "Habitat",
  "Mobilité",
  "Jeunesse",
  "Seniors",
  "Parentalité",
  "Emploi",
  "Économie sociale",
  "Agriculture",
  "Apiculture",
  "Compost",
  "Cuisine",
  "Langues",
  "Accès aux droits",
  "Citoyenneté",
  "Démocratie locale",
  "Tiers-lieu",
  "Fablab",
  "Photographie",
  "Chorale",
  "Jeux",
  "Échecs",
  "Couture",
  "Bricolage",
  "Eau",
  "Forêt",
  "Animaux",
  "Handicap",
];

const ORGANIZATION_WORDS = ["Association", "Collectif", "Amicale", "Atelier", "Maison", "Comité", "Coopérative"];
const PROJECT_WORDS = ["Jardin partagé", "Repair café", "Grainothèque", "Boîte à livres", "Vélo-école", "Marché"];
const PROJECT_WORDS_MORE = ["Ressourcerie", "Épicerie solidaire", "Fresque", "Festival", "Chantier", "Potager"];
const EVENT_WORDS = ["Atelier", "Soirée", "Rencontre", "Balade", "Concert", "Marché", "Projection", "Débat"];
const SENTENCES = [
  "Nous nous retrouvons chaque semaine pour partager nos savoirs et nos outils.",
  "Ouvert à toutes et à tous, sans inscription, dans la bonne humeur.",
  "Un lieu pour apprendre, réparer et créer ensemble près de chez vous.",
  "Venez avec vos idées, vos questions et vos envies de faire.",
  "Les bénévoles accueillent petits et grands tout au long de l'année.",
  "Nous cherchons des volontaires pour la prochaine saison.",
  "Participation libre, goûter partagé à la fin.",
  "Rendez-vous devant la mairie, par tous les temps.",
];

const NEWS_OPENINGS = [
  "Bonne nouvelle !",
  "Nous avons besoin de vous.",
  "Retour sur notre dernière rencontre.",
  "C'est reparti pour une nouvelle saison.",
  "Merci à toutes et à tous !",
  "Appel à bénévoles.",
];
const COMMENTS = [
  "Bravo pour cette belle initiative !",
  "Je serai là, à bientôt.",
  "Merci pour le partage.",
  "Est-ce que c'est ouvert aux enfants ?",
  "Super, je fais suivre autour de moi.",
  "Quelle est l'adresse exacte ?",
];
const REACTION_KINDS = Object.values(ReactionKind);
const ORGANIZATION_TYPES = Object.values(OrganizationType);
const PROJECT_STAGES = Object.values(ProjectStage);
const EVENT_TYPES = Object.values(EventType);

/** One element row as the seed inserts it; null where the kind has no such column. */
export interface FakeNews {
  text: string;
  tags: string[];
  createdAt: Date;
  /** The texts of its comments. */
  comments: string[];
  /** Reactions by different people. */
  reactions: ReactionKind[];
}

export interface FakeElement {
  kind: "organization" | "project" | "event";
  slug: string;
  name: string;
  shortDescription: string;
  description: string;
  tags: string[];
  street: string;
  postalCode: string | null;
  city: string;
  country: string;
  inseeCode: string | null;
  latitude: number;
  longitude: number;
  private: boolean;
  organizationType: string | null;
  projectStage: string | null;
  eventType: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  recurrenceRule: string | null;
  occursUntil: Date | null;
}

export interface FakePerson {
  username: string;
  displayName: string;
  email: string;
  locality: string;
}

const HOUR = 3600_000;

/**
 * Fake organizations, projects and events placed in towns picked by population (a few
 * kilometres around the town's point, more for big towns), with French names, texts and
 * tags; deterministic for a given faker seed.
 */
export class FakeData {
  private readonly faker = new Faker({ locale: [fr, base] });
  private readonly pickTown: () => Town;

  constructor(
    towns: Town[],
    seed: number,
    /** Makes slugs, usernames and e-mails unique to this run. */
    private readonly run: string,
    private readonly now: Date,
  ) {
    this.faker.seed(seed);
    this.pickTown = townPicker(towns, () => this.faker.number.float());
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.faker.number.int(list.length - 1)];
  }

  private tags(): string[] {
    return this.faker.helpers.arrayElements(TAGS, { min: 1, max: 4 });
  }

  private text(sentences: number): string {
    return this.faker.helpers.arrayElements(SENTENCES, sentences).join(" ");
  }

  /** A point around the town: up to 0.5 km plus 15 m per square root of its people, capped at 8 km. */
  private around(town: Town): { latitude: number; longitude: number } {
    const radiusKm = Math.min(8, 0.5 + 0.015 * Math.sqrt(town.population));
    const distance = radiusKm * Math.sqrt(this.faker.number.float());
    const angle = this.faker.number.float({ max: 2 * Math.PI });
    const latitude = town.latitude + (distance / 111.32) * Math.cos(angle);
    const longitude =
      town.longitude +
      (distance / (111.32 * Math.max(Math.cos((town.latitude * Math.PI) / 180), 0.01))) * Math.sin(angle);
    return {
      latitude: Math.max(-90, Math.min(90, latitude)),
      longitude: Math.max(-180, Math.min(180, longitude)),
    };
  }

  element(kind: FakeElement["kind"], index: number): FakeElement {
    const town = this.pickTown();
    const name = this.name(kind, town);
    const schedule = kind === "event" ? this.schedule() : null;
    return {
      kind,
      slug: `${kind[0]}-${this.run}-${index.toString(36)}`,
      name,
      shortDescription: this.text(1),
      description: this.text(3),
      tags: this.tags(),
      street: this.faker.location.streetAddress(),
      postalCode: town.postalCode,
      city: town.name,
      country: town.country,
      inseeCode: town.inseeCode,
      ...this.around(town),
      private: this.faker.number.int(99) < 3,
      organizationType: kind === "organization" ? this.pick(ORGANIZATION_TYPES) : null,
      projectStage: kind === "project" ? this.pick(PROJECT_STAGES) : null,
      eventType: kind === "event" ? this.pick(EVENT_TYPES) : null,
      startsAt: schedule?.startsAt ?? null,
      endsAt: schedule?.endsAt ?? null,
      timeZone: schedule ? "Europe/Paris" : null,
      recurrenceRule: schedule?.recurrenceRule ?? null,
      occursUntil: schedule?.occursUntil ?? null,
    };
  }

  private name(kind: FakeElement["kind"], town: Town): string {
    if (kind === "organization") {
      return this.faker.number.int(1)
        ? `${this.pick(ORGANIZATION_WORDS)} ${this.pick(TAGS).toLowerCase()} de ${town.name}`
        : this.faker.company.name();
    }
    if (kind === "project") return `${this.pick([...PROJECT_WORDS, ...PROJECT_WORDS_MORE])} ${town.name}`;
    return `${this.pick(EVENT_WORDS)} ${this.pick(TAGS).toLowerCase()} à ${town.name}`;
  }

  /** From a month ago to six months ahead, on the hour; one in five weekly or monthly. */
  private schedule() {
    const hours = this.faker.number.int({ min: -30 * 24, max: 180 * 24 });
    const startsAt = new Date(Math.floor((this.now.getTime() + hours * HOUR) / HOUR) * HOUR);
    const endsAt = new Date(startsAt.getTime() + this.faker.number.int({ min: 1, max: 4 }) * HOUR);
    const roll = this.faker.number.int(9);
    const recurrenceRule =
      roll === 0
        ? `FREQ=WEEKLY;COUNT=${this.faker.number.int({ min: 4, max: 30 })}`
        : roll === 1
          ? `FREQ=MONTHLY;COUNT=${this.faker.number.int({ min: 3, max: 12 })}`
          : null;
    const timeZone = "Europe/Paris";
    return {
      startsAt,
      endsAt,
      recurrenceRule,
      occursUntil: occursUntil({ startsAt, endsAt, timeZone, recurrenceRule }),
    };
  }

  /** A news item an element posts on its wall, some of its tags as #tags, within the last 30 days. */
  news(element: FakeElement): FakeNews {
    const tags = this.faker.helpers.arrayElements(element.tags, { min: 0, max: 2 });
    const hashtags = tags.map((tag) => `#${tag.replace(/[^\p{L}\p{N}]+/gu, "")}`).join(" ");
    return {
      text: `${this.pick(NEWS_OPENINGS)} ${this.text(2)}${hashtags ? `\n\n${hashtags}` : ""}`,
      tags,
      createdAt: new Date(this.now.getTime() - this.faker.number.int(30 * 24) * HOUR),
      comments: Array.from({ length: this.faker.number.int(3) }, () => this.pick(COMMENTS)),
      reactions: Array.from({ length: this.faker.number.int(4) }, () => this.pick(REACTION_KINDS)),
    };
  }

  /** A whole number from 0 to `max`, inclusive. */
  upTo(max: number): number {
    return this.faker.number.int(max);
  }

  person(index: number): FakePerson {
    const firstName = this.faker.person.firstName();
    const lastName = this.faker.person.lastName();
    const username = `seed${this.run}${index.toString(36)}`;
    return {
      username,
      displayName: `${firstName} ${lastName}`,
      email: `${username}@${SEED_MAIL_DOMAIN}`,
      locality: this.pickTown().name,
    };
  }
}

/** Seeded accounts have addresses here (a reserved name: no mail can reach it), which tells them from real ones. */
export const SEED_MAIL_DOMAIN = "seed.communect.invalid";
