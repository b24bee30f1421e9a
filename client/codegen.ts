import type { CodegenConfig } from "@graphql-codegen/cli";

// Paths are relative to the working directory: run through `npm run codegen` from the repository root.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/graphql/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTimeISO: "string",
          JSON: "unknown",
          URL: "string",
          EmailAddress: "string",
          LocalDate: "string",
          TimeZone: "string",
        },
      },
    },
  },
};

export default config;
