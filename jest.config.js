/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: "typescript", decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: "es2022",
    keepClassNames: true,
  },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // feed (RSS and Atom) ships ES modules only: compiled to CommonJS like our code.
  transform: { "^.+\\.tsx?$": ["@swc/jest", swc], "/node_modules/feed/.+\\.js$": ["@swc/jest", swc] },
  transformIgnorePatterns: ["/node_modules/(?!feed/)"],
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  maxWorkers: 2,
  // Sized for a shared 2-core machine with both cores busy, where hashing passwords, starting
  // PGlite or a server process take several times longer than on an idle one.
  testTimeout: 180_000,
};
