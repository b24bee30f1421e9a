import { Arg, Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import { Element } from "../elements/element.entity";
import { Media } from "./media.entity";
import { UrlScalar } from "../../graphql/scalars";

export enum ImageSize {
  THUMB = "thumb",
  MEDIUM = "medium",
  LARGE = "large",
  ORIGINAL = "original",
}
registerEnumType(ImageSize, {
  name: "ImageSize",
  description: "The versions the server keeps of every image",
  valuesConfig: {
    THUMB: { description: "WebP, at most 128 px on its longest side" },
    MEDIUM: { description: "WebP, at most 512 px on its longest side" },
    LARGE: { description: "WebP, at most 1600 px on its longest side" },
    ORIGINAL: { description: "As uploaded (JPEG, PNG or WebP), without its metadata" },
  },
});

@ObjectType({ description: "Where each version of an image is served; cached for a year, never changed" })
class ImageUrls {
  @Field(() => UrlScalar, { description: "At most 128 px" }) thumb: string;
  @Field(() => UrlScalar, { description: "At most 512 px" }) medium: string;
  @Field(() => UrlScalar, { description: "At most 1600 px" }) large: string;
  @Field(() => UrlScalar, { description: "As uploaded, without metadata" }) original: string;
}

@Resolver(() => Media)
export class ImageResolver {
  @FieldResolver(() => UrlScalar, { description: "Absolute URL of one version" })
  url(
    @Root() media: Media,
    @Arg("size", () => ImageSize, { defaultValue: ImageSize.MEDIUM, description: "Which version; MEDIUM by default" })
    size: ImageSize,
    @Ctx() ctx: Context,
  ): string {
    return ctx.services.media.urls(media)[size];
  }

  @FieldResolver(() => ImageUrls, { description: "Absolute URLs of every version" })
  urls(@Root() media: Media, @Ctx() ctx: Context): ImageUrls {
    return ctx.services.media.urls(media);
  }
}

/** The logo and the banner of an organization, project or event. */
@Resolver(() => Element)
export class ElementImageResolver {
  @FieldResolver(() => Media, { nullable: true, description: "Logo" })
  image(@Root() element: Element, @Ctx() ctx: Context): Promise<Media | null> | null {
    return element.imageId ? ctx.loaders.mediaById.load(element.imageId) : null;
  }

  @FieldResolver(() => Media, {
    nullable: true,
    description: "Wide picture at the top of the page (LARGE fits a page's width, MEDIUM a phone's)",
  })
  banner(@Root() element: Element, @Ctx() ctx: Context): Promise<Media | null> | null {
    return element.bannerId ? ctx.loaders.mediaById.load(element.bannerId) : null;
  }
}

@Resolver(() => Person)
export class PersonImageResolver {
  @FieldResolver(() => Media, { nullable: true, description: "Avatar" })
  image(@Root() person: Person, @Ctx() ctx: Context): Promise<Media | null> | null {
    return person.imageId ? ctx.loaders.mediaById.load(person.imageId) : null;
  }
}
