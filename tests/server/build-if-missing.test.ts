import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * `npm start` runs scripts/build-if-missing.mjs: here in a small project whose builds only
 * record that they ran, to see when the script rebuilds.
 */
describe("build before start", () => {
  let project: string;
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), content);
  };
  const builds = () => {
    const log = path.join(project, "builds.log");
    const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
    rmSync(log);
    return lines;
  };
  const start = () => {
    writeFileSync(path.join(project, "builds.log"), "");
    execFileSync(process.execPath, ["scripts/build-if-missing.mjs"], { cwd: project, stdio: "pipe" });
    return builds();
  };
  const fakeBuild = (name: string, output: string) =>
    `node -e "require('fs').mkdirSync(require('path').dirname('${output}'),{recursive:true});` +
    `require('fs').writeFileSync('${output}','built');require('fs').appendFileSync('builds.log','${name}\\n')"`;

  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), "communect-build-"));
    mkdirSync(path.join(project, "scripts"));
    copyFileSync(
      path.resolve(__dirname, "../../scripts/build-if-missing.mjs"),
      path.join(project, "scripts/build-if-missing.mjs"),
    );
    write(
      "package.json",
      JSON.stringify({
        scripts: {
          "build:server": fakeBuild("server", "dist/server/main.js"),
          "build:client": fakeBuild("client", "client/dist/index.html"),
        },
      }),
    );
    write("package-lock.json", "{}");
    write("tsconfig.json", "{}");
    write("server/main.ts", "export const version = 1;");
    write("migrations/1-init.ts", "export {};");
    write("client/src/main.tsx", "export {};");
    write("client/index.html", "<!doctype html>");
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it("builds once, then not again while the sources keep their content, even with new dates", () => {
    expect(start()).toEqual(["server", "client"]);
    expect(start()).toEqual([]);
    // What `npm install` or `git checkout` do: new dates, same bytes.
    const later = new Date(Date.now() + 3600_000);
    for (const file of ["server/main.ts", "client/src/main.tsx", "package-lock.json", "tsconfig.json"]) {
      utimesSync(path.join(project, file), later, later);
    }
    expect(start()).toEqual([]);
  });

  it("rebuilds what a changed source, configuration or lock file concerns", () => {
    start();
    write("server/main.ts", "export const version = 2;");
    expect(start()).toEqual(["server"]);
    write("client/src/pages/New.tsx", "export {};");
    expect(start()).toEqual(["client"]);
    write("tsconfig.json", '{ "compilerOptions": {} }');
    expect(start()).toEqual(["server"]);
    write("package-lock.json", '{ "lockfileVersion": 3 }');
    expect(start()).toEqual(["server", "client"]);
    rmSync(path.join(project, "dist/server/main.js"));
    expect(start()).toEqual(["server"]);
  });
});
