// `node -r @swc-node/register bench/profile-summary.ts <file.cpuprofile>`: self time of a V8 CPU profile
// (from BENCH_CPU_PROF) by component: npm package, our own folders, node's internals, GC. Only samples
// after the first GraphQL request served count, so that the server's start does not blur the picture.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function component({ functionName, url }: ProfileNode["callFrame"]): string {
  if (!url) {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "(program: V8 and native)";
    return `native: ${functionName || "anonymous"}`;
  }
  const modules = url.lastIndexOf("node_modules/");
  if (modules !== -1) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith("node:")) {
    const name = url.slice(5);
    if (/^(_http|http|net|stream|internal\/streams|internal\/http|_stream)/.test(name))
      return "node: http, net, streams";
    return `node: ${name.split("/").slice(0, 2).join("/")}`;
  }
  const ours = url.match(/\/(server\/[^/]+(?:\/[^/]+)?)\//);
  return ours ? ours[1] : url;
}

const file = process.argv[2];
if (!file) throw new Error("usage: profile-summary <file.cpuprofile>");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
/** Whether a sample's stack runs the GraphQL request handler. */
function serving(id: number | undefined): boolean {
  for (; id !== undefined; id = parents.get(id)) {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (functionName === "serve" && url.endsWith("graphql-http.ts")) return true;
  }
  return false;
}
const first = profile.samples.findIndex((id) => serving(id));
const totals = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, index) => {
  if (first === -1 || index < first) return;
  const name = component(byId.get(id)!.callFrame);
  const micros = profile.timeDeltas[index] ?? 0;
  totals.set(name, (totals.get(name) ?? 0) + micros);
  if (name !== "idle") busy += micros;
});
console.log(`busy ${(busy / 1e6).toFixed(1)} s`);
for (const [name, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  if (name === "idle") continue;
  console.log(`${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${name}`);
}
