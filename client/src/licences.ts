/** Licences people pick most for shared work, by SPDX id; any other is typed under "Other". */
export const COMMON_LICENCES = [
  "CC-BY-4.0",
  "CC-BY-SA-4.0",
  "CC0-1.0",
  "ODbL-1.0",
  "MIT",
  "Apache-2.0",
  "GPL-3.0-or-later",
  "AGPL-3.0-or-later",
  "LGPL-3.0-or-later",
  "EUPL-1.2",
] as const;
