import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Person } from "./person.entity";

export enum TokenPurpose {
  VERIFY_EMAIL = "verify_email",
  RESET_PASSWORD = "reset_password",
}

/** A single-use, expiring link sent by mail; only the token's SHA-256 is stored. */
@Entity({ name: "email_token" })
export class EmailToken {
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

  @Column({ type: "text" })
  purpose: TokenPurpose;

  /** The address being verified: a new one when the person changes e-mail. */
  @Column({ type: "text" })
  email: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "used_at", type: "timestamptz", nullable: true })
  usedAt: Date | null;
}
