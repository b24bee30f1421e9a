import { registerEnumType } from "type-graphql";

/** The data licences an instance may choose for its public data. */
export enum DataLicenceId {
  ODBL_1_0 = "ODbL-1.0",
  ETALAB_2_0 = "etalab-2.0",
  CC_BY_4_0 = "CC-BY-4.0",
}
registerEnumType(DataLicenceId, {
  name: "DataLicenceId",
  description: "A licence for the instance's public data (SPDX identifiers where SPDX has one)",
  valuesConfig: {
    ODBL_1_0: { description: "Open Database License 1.0 (share-alike): the default" },
    ETALAB_2_0: { description: "Licence Ouverte / Open Licence 2.0 (Etalab), the French administration's" },
    CC_BY_4_0: { description: "Creative Commons Attribution 4.0 International" },
  },
});

export interface DataLicenceFacts {
  name: string;
  url: string;
  /** The credit reusers give; {{name}} is the instance's name and {{url}} its address. */
  attributionTemplate: string;
}

export const DATA_LICENCES: Record<DataLicenceId, DataLicenceFacts> = {
  [DataLicenceId.ODBL_1_0]: {
    name: "Open Database License (ODbL) 1.0",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    attributionTemplate:
      "Contains information from {{name}} ({{url}}), which is made available under the Open Database License (ODbL) 1.0.",
  },
  [DataLicenceId.ETALAB_2_0]: {
    name: "Licence Ouverte / Open Licence 2.0",
    url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    attributionTemplate: "Source: {{name}} ({{url}}), Licence Ouverte / Open Licence 2.0.",
  },
  [DataLicenceId.CC_BY_4_0]: {
    name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    url: "https://creativecommons.org/licenses/by/4.0/",
    attributionTemplate: "Data: {{name}} ({{url}}), under CC BY 4.0.",
  },
};

/** The credit for the instance's data, from the licence's template. */
export function attribution(licence: DataLicenceId, instanceName: string, publicUrl: string): string {
  return DATA_LICENCES[licence].attributionTemplate.replace("{{name}}", instanceName).replace("{{url}}", publicUrl);
}
