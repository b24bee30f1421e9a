// Reports the size of the built web app and fails when the first visit's download exceeds the
// budget (see the README's "Web app" section). Run by `npm run build:client` after Vite, or
// alone: `node scripts/bundle-size.mjs [--dist client/dist]`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Gzipped kilobytes (1000 bytes, as Vite prints them) a first visit may download at most. */
export const BUDGET_KB = { firstLoadJs: 250, firstLoadCss: 12, embedJs: 30 };

const root = path.resolve(import.meta.dirname, "..");
const distArgument = process.argv.indexOf("--dist");
const dist = distArgument > 0 ? path.resolve(process.argv[distArgument + 1]) : path.join(root, "client", "dist");

const gzipKb = (file) => gzipSync(readFileSync(file)).length / 1000;

// What index.html makes every visitor download: its entry script, the modules it preloads, its styles.
const html = readFileSync(path.join(dist, "index.html"), "utf8");
const firstLoad = new Set(
  [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);

const assets = readdirSync(path.join(dist, "assets"))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => ({ name, kb: gzipKb(path.join(dist, "assets", name)), first: firstLoad.has(`assets/${name}`) }))
  .sort((a, b) => b.kb - a.kb);

// The interface's texts are their own files, fetched before the first render: count the larger one.
const translations = assets.filter((asset) => /^(fr|en)-[\w-]+\.js$/.test(asset.name));
if (translations.length > 0) translations[0].first = true;

const total = (extension) =>
  assets.filter((asset) => asset.first && asset.name.endsWith(extension)).reduce((sum, asset) => sum + asset.kb, 0);
const firstLoadJs = total(".js");
const firstLoadCss = total(".css");

console.log("Web app bundle (gzip), * = downloaded on every first visit; other files load with their page:");
for (const asset of assets)
  console.log(`  ${asset.first ? "*" : " "} ${asset.kb.toFixed(2).padStart(8)} kB  ${asset.name}`);
console.log(
  `First visit: ${firstLoadJs.toFixed(1)} kB of JavaScript (budget ${BUDGET_KB.firstLoadJs} kB), ` +
    `${firstLoadCss.toFixed(1)} kB of CSS (budget ${BUDGET_KB.firstLoadCss} kB).`,
);

// The embed script (/embed.js) and what it imports statically; its lazy chunks (the map's Leaflet) apart.
const embedPath = path.join(dist, "embed.js");
let embedJs = 0;
if (existsSync(embedPath)) {
  const embed = readFileSync(embedPath, "utf8");
  const imported = [...embed.matchAll(/\bfrom\s*["'`]\.\/(embed-assets\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  const statics = new Set(["embed.js", ...imported]);
  embedJs = [...statics].reduce((sum, file) => sum + gzipKb(path.join(dist, file)), 0);
  const lazy = readdirSync(path.join(dist, "embed-assets")).filter((name) => !statics.has(`embed-assets/${name}`));
  console.log(`Embed script: ${embedJs.toFixed(1)} kB (budget ${BUDGET_KB.embedJs} kB) with ${imported.join(", ")}`);
  for (const name of lazy)
    console.log(
      `    ${gzipKb(path.join(dist, "embed-assets", name))
        .toFixed(2)
        .padStart(8)} kB  embed-assets/${name} (lazy)`,
    );
}

const over = [
  firstLoadJs > BUDGET_KB.firstLoadJs && `JavaScript ${firstLoadJs.toFixed(1)} kB > ${BUDGET_KB.firstLoadJs} kB`,
  firstLoadCss > BUDGET_KB.firstLoadCss && `CSS ${firstLoadCss.toFixed(1)} kB > ${BUDGET_KB.firstLoadCss} kB`,
  embedJs > BUDGET_KB.embedJs && `embed script ${embedJs.toFixed(1)} kB > ${BUDGET_KB.embedJs} kB`,
].filter(Boolean);
if (firstLoad.size === 0) over.push("index.html loads no script: is this a Vite build?");
if (over.length > 0) {
  console.error(
    `Over the web app's size budget: ${over.join("; ")}. Split a page out (React.lazy) or trim a dependency.`,
  );
  process.exit(1);
}
