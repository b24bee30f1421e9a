import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { DataLicenceId } from "./licences";

/**
 * What the instance's administrators set: one row (id 1), written on the first change; until
 * then the defaults come from configuration (INSTANCE_NAME, DATA_LICENCE).
 */
@Entity({ name: "instance_settings" })
export class InstanceSettings {
  @PrimaryColumn({ type: "smallint" })
  id: number;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text", nullable: true })
  description: string | null;

  /** A town of the gazetteer at the centre of the instance's area, with a radius. Both or neither. */
  @Column({ name: "area_place_id", type: "text", nullable: true })
  areaPlaceId: string | null;

  @Column({ name: "area_radius_km", type: "smallint", nullable: true })
  areaRadiusKm: number | null;

  @Column({ type: "text" })
  licence: DataLicenceId;

  @Column({ name: "contact_email", type: "text", nullable: true })
  contactEmail: string | null;

  @Column({ name: "contact_url", type: "text", nullable: true })
  contactUrl: string | null;

  @Column({ name: "updated_by", type: "uuid", nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
