import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The embed script (`/embed.js`, client/src/embed): its own small build, without React, written
 * next to the web app's files after the app's build (which empties client/dist). An ES module, so
 * that the map's Leaflet loads as a chunk of its own, from this instance, only when a map is shown.
 */
export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: "src/embed/main.ts",
      formats: ["es"],
      fileName: () => "embed.js",
    },
    rolldownOptions: {
      output: {
        chunkFileNames: "embed-assets/[name]-[hash].js",
        // Library builds keep their whitespace by default; this one is served as it is.
        minify: true,
      },
    },
  },
});
