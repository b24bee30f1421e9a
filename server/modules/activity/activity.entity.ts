import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** What happened, recorded for the Live feed (a later issue shows them). */
export enum ActivityVerb {
  CREATED = "created",
  JOINED = "joined",
  REQUESTED = "requested",
  INVITED = "invited",
  VALIDATED = "validated",
  SETTINGS_CHANGED = "settings_changed",
  EDITED = "edited",
}

@Entity({ name: "activity" })
export class Activity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  verb: ActivityVerb;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ name: "element_id", type: "uuid", nullable: true })
  elementId: string | null;

  /** The other person concerned, such as the one invited or validated. */
  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @Column({ type: "jsonb", default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
