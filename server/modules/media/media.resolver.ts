import { Arg, Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { Media } from "./media.entity";

export enum ImageSize {
  THUMB = "thumb",
  MEDIUM = "medium",
  LARGE = "large",
  ORIGINAL = "original",
}
registerEnumType(ImageSize, {
  name: "ImageSize",
  valuesConfig: {
    THUMB: { description: "WebP, at most 128 px on its longest side" },
    MEDIUM: { description: "WebP, at most 512 px on its longest side" },
    LARGE: { description: "WebP, at most 1600 px on its longest side" },
    ORIGINAL: { description: "As uploaded (JPEG, PNG or WebP), without its metadata" },
  },
});

@ObjectType({ description: "Where each version of an image is served; cached for a year, never changed" })
class ImageUrls {
  @Field() thumb: string;
  @Field() medium: string;
  @Field() large: string;
  @Field() original: string;
}

@Resolver(() => Media)
export class ImageResolver {
  @FieldResolver(() => String, { description: "Absolute URL of one version" })
  url(
    @Root() media: Media,
    @Arg("size", () => ImageSize, { defaultValue: ImageSize.MEDIUM }) size: ImageSize,
    @Ctx() ctx: Context,
  ): string {
    return ctx.services.media.urls(media)[size];
  }

  @FieldResolver(() => ImageUrls)
  urls(@Root() media: Media, @Ctx() ctx: Context): ImageUrls {
    return ctx.services.media.urls(media);
  }
}

/** The logo or banner of an organization, project or event. */
@Resolver(() => Element)
export class ElementImageResolver {
  @FieldResolver(() => Media, { nullable: true, description: "Logo or banner" })
  image(@Root() element: Element, @Ctx() ctx: Context): Promise<Media | null> | null {
    return element.imageId ? ctx.loaders.mediaById.load(element.imageId) : null;
  }
}

@Resolver(() => Person)
export class PersonImageResolver {
  @FieldResolver(() => Media, { nullable: true, description: "Avatar" })
  image(@Root() person: Person, @Ctx() ctx: Context): Promise<Media | null> | null {
    return person.imageId ? ctx.loaders.mediaById.load(person.imageId) : null;
  }
}
