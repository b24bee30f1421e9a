import type { ReadAnonymously } from "./anonymous";

/** The licence of the published data, as every export states it. */
export interface DataLicence {
  /** SPDX identifier where SPDX has one (ODbL-1.0, CC-BY-4.0, etalab-2.0). */
  id: string;
  /** Its full name. */
  name: string;
  /** Its text. */
  url: string;
  /** The credit reusers give, naming this instance. */
  attribution: string;
}

/** The data licence, read from `instance` like any API client reads it: the only place exports learn it. */
export async function dataLicence(read: ReadAnonymously): Promise<DataLicence> {
  const { instance } = await read<{ instance: { dataLicence: string; licence: Omit<DataLicence, "id"> } }>(
    `{ instance { dataLicence licence { name url attribution } } }`,
  );
  return { id: instance.dataLicence, ...instance.licence };
}

/**
 * The `Link` header value naming the licence (RFC 8288, rel="license"): formats without a
 * place for metadata, such as CSV (RFC 4180 has no comments), carry it in the response.
 */
export async function licenceLink(read: ReadAnonymously): Promise<string> {
  const licence = await dataLicence(read);
  return `<${licence.url}>; rel="license"; title="${licence.id}"`;
}
