import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An uploaded image; its files live under DATA_DIR/media/<id>/ and never change. */
@ObjectType("Image", { description: "An uploaded image (avatar, logo, banner) and its resized versions" })
@Entity({ name: "media" })
export class Media {
  @Field(() => ID, { description: "Stable identifier of the image" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "owner_id", type: "uuid", nullable: true })
  ownerId: string | null;

  /** Of the stored original: image/jpeg, image/png or image/webp. */
  @Column({ name: "content_type", type: "text" })
  contentType: string;

  @Field(() => Int, { description: "Of the original, in pixels, once turned upright" })
  @Column({ type: "integer" })
  width: number;

  @Field(() => Int, { description: "Of the original, in pixels, once turned upright" })
  @Column({ type: "integer" })
  height: number;

  /** Size of the stored original. */
  @Column({ type: "integer" })
  bytes: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
