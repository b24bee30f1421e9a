import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, Float, InputType, Int, registerEnumType } from "type-graphql";
import { PageArgs } from "../../graphql/connection";
import { ElementKind } from "../elements/element.entity.kind";
import { EventType } from "../events/event.entity";
import { OrganizationType } from "../organizations/organization.entity";
import { ProjectStage } from "../projects/project.entity";

export const MAX_RADIUS_KM = 1000;

export enum DatePreset {
  UPCOMING = "UPCOMING",
  TODAY = "TODAY",
  THIS_WEEK = "THIS_WEEK",
}
registerEnumType(DatePreset, {
  name: "DatePreset",
  description: "A range of dates relative to now, in the instance's time zone (TIME_ZONE, Europe/Paris by default)",
  valuesConfig: {
    UPCOMING: { description: "From now on" },
    TODAY: { description: "From now to the end of the day" },
    THIS_WEEK: { description: "From now to the end of Sunday" },
  },
});

export enum SearchSort {
  RELEVANCE = "RELEVANCE",
  DISTANCE = "DISTANCE",
  DATE = "DATE",
  NAME = "NAME",
}
registerEnumType(SearchSort, {
  name: "SearchSort",
  description: "How search results are sorted",
  valuesConfig: {
    RELEVANCE: { description: "Best text match first (needs `text`): name over tags over descriptions" },
    DISTANCE: { description: "Nearest first (needs `area.near`)" },
    DATE: { description: "Soonest event first; elements without dates last" },
    NAME: { description: "By name" },
  },
});

@InputType({ description: "A circle: a point and a radius" })
export class NearInput {
  @Field(() => Float, { description: "Degrees north, -90 to 90" })
  @IsLatitude({ message: "must be a latitude between -90 and 90" })
  latitude: number;

  @Field(() => Float, { description: "Degrees east, -180 to 180" })
  @IsLongitude({ message: "must be a longitude between -180 and 180" })
  longitude: number;

  @Field(() => Float, { description: `Kilometres, more than 0 and at most ${MAX_RADIUS_KM}` })
  @Min(0.01)
  @Max(MAX_RADIUS_KM)
  radiusKm: number;
}

@InputType({ description: "A bounding box in degrees (not crossing the antimeridian)" })
export class BoundingBoxInput {
  @Field(() => Float, { description: "Southern edge, -90 to 90" })
  @IsLatitude({ message: "must be a latitude between -90 and 90" })
  south: number;

  @Field(() => Float, { description: "Western edge, -180 to 180" })
  @IsLongitude({ message: "must be a longitude between -180 and 180" })
  west: number;

  @Field(() => Float, { description: "Northern edge, -90 to 90, not below the southern one" })
  @IsLatitude({ message: "must be a latitude between -90 and 90" })
  north: number;

  @Field(() => Float, { description: "Eastern edge, -180 to 180, not west of the western one" })
  @IsLongitude({ message: "must be a longitude between -180 and 180" })
  east: number;
}

@InputType({ description: "Where to look: exactly one of a circle, a box, a French commune or a postal code" })
export class AreaInput {
  @Field(() => NearInput, { nullable: true, description: "Within a radius of a point" })
  @IsOptional()
  @ValidateNested()
  near?: NearInput;

  @Field(() => BoundingBoxInput, { nullable: true, description: "Inside a box" })
  @IsOptional()
  @ValidateNested()
  box?: BoundingBoxInput;

  @Field(() => String, { nullable: true, description: "In a French commune, by INSEE code (see `places`)" })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: "must be an INSEE commune code" })
  inseeCode?: string;

  @Field(() => String, { nullable: true, description: "At a postal code" })
  @IsOptional()
  @Length(2, 12)
  postalCode?: string;
}

@InputType({
  description:
    "Events by date: a preset, or between two dates; a recurring event matches when one of its occurrences falls in the range",
})
export class DateRangeInput {
  @Field(() => DatePreset, { nullable: true, description: "A range relative to now" })
  @IsOptional()
  @IsEnum(DatePreset)
  preset?: DatePreset;

  @Field(() => Date, { nullable: true, description: "Events not over by then" })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Events starting before then" })
  @IsOptional()
  @IsDate()
  to?: Date;
}

const list = (what: string, max: number) => `${what}; 1 to ${max} of them (any of them matches)`;

@InputType({ description: "Filters that combine (all must hold); leave one out not to filter on it" })
export class SearchFilter {
  @Field(() => [ElementKind], { nullable: true, description: list("Organizations, projects or events", 3) })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(3)
  @IsEnum(ElementKind, { each: true })
  kinds?: ElementKind[];

  @Field(() => [OrganizationType], { nullable: true, description: list("Organization types", 10) })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @IsEnum(OrganizationType, { each: true })
  organizationTypes?: OrganizationType[];

  @Field(() => [EventType], { nullable: true, description: list("Event types", 20) })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsEnum(EventType, { each: true })
  eventTypes?: EventType[];

  @Field(() => [ProjectStage], { nullable: true, description: list("Project stages", 10) })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @IsEnum(ProjectStage, { each: true })
  projectStages?: ProjectStage[];

  @Field(() => [String], {
    nullable: true,
    description: "Tags (accents and case aside); 1 to 10 of 1 to 40 characters; any of them by default",
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @Length(1, 40, { each: true })
  tags?: string[];

  @Field({ nullable: true, description: "Every tag must be there, not only one" })
  @IsOptional()
  allTags?: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Words to find (accents and case aside, the last one as a prefix); 1 to 200 characters",
  })
  @IsOptional()
  @Length(1, 200)
  text?: string;

  @Field(() => AreaInput, { nullable: true, description: "Where" })
  @IsOptional()
  @ValidateNested()
  area?: AreaInput;

  @Field(() => DateRangeInput, { nullable: true, description: "When (events only)" })
  @IsOptional()
  @ValidateNested()
  dates?: DateRangeInput;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => SearchFilter, { nullable: true, description: "What to find; everything visible without it" })
  @IsOptional()
  @ValidateNested()
  filter?: SearchFilter;

  @Field(() => SearchSort, {
    nullable: true,
    description: "RELEVANCE with text, else DISTANCE with `area.near`, else NAME by default",
  })
  @IsOptional()
  @IsEnum(SearchSort)
  sort?: SearchSort;
}

@ArgsType()
export class TagsArgs {
  @Field(() => AreaInput, { nullable: true, description: "Where; everywhere without it" })
  @IsOptional()
  @ValidateNested()
  area?: AreaInput;

  @Field(() => ElementKind, { nullable: true, description: "Only tags of this kind of element" })
  @IsOptional()
  @IsEnum(ElementKind)
  kind?: ElementKind;

  @Field(() => Int, { nullable: true, description: "1 to 100; 30 by default" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@ArgsType()
export class MapMarkersArgs {
  @Field(() => BoundingBoxInput, { description: "The visible part of the map" })
  @ValidateNested()
  box: BoundingBoxInput;

  @Field(() => Int, { description: "The map's zoom level, 0 to 20: sets the size of clusters" })
  @IsInt()
  @Min(0)
  @Max(20)
  zoom: number;

  @Field(() => SearchFilter, { nullable: true, description: "The same filters as `search`; its area is the box" })
  @IsOptional()
  @ValidateNested()
  filter?: SearchFilter;
}
