import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Person } from "./person.entity";

/** A login: the cookie holds a random token, the table only its SHA-256. */
@Entity({ name: "session" })
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "token_hash", type: "text", unique: true })
  tokenHash: string;

  @Index()
  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id" })
  person?: Person;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;
}
