import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { LinkType } from "./link.entity";

/**
 * An invitation to an element sent to an e-mail address. One per address and element, so
 * an address is never invited twice. `acceptedAt` is when it became an invited link: at once
 * when the address belongs to an account, else when someone verifies that address.
 */
@Entity({ name: "email_invitation" })
export class EmailInvitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "element_id", type: "uuid" })
  elementId: string;

  /** Lower case, trimmed. */
  @Column({ type: "text" })
  email: string;

  @Column({ name: "link_type", type: "text" })
  linkType: LinkType;

  @Column({ name: "invited_by_id", type: "uuid", nullable: true })
  invitedById: string | null;

  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
