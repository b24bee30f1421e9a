import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An uploaded image; its files live under DATA_DIR/media. */
@Entity({ name: "media" })
export class Media {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "owner_id", type: "uuid", nullable: true })
  ownerId: string | null;

  @Column({ name: "content_type", type: "text" })
  contentType: string;

  @Column({ type: "integer" })
  width: number;

  @Column({ type: "integer" })
  height: number;

  @Column({ type: "integer" })
  bytes: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
