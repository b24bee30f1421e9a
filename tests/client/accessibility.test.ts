import { VIEWERS, checkEveryPage, routePatterns } from "../support/accessibility-pages";
import { DESKTOP } from "../support/browser";

/** Every page, on a laptop in the light theme (the phone, in the dark theme, is accessibility-phone.test.ts). */
checkEveryPage({ viewport: DESKTOP, colorScheme: "light" });

it("checks every page the web app's router declares", () => {
  const visited = VIEWERS.flatMap(([, paths]) => paths);
  const missed = routePatterns().filter((pattern) => !visited.some((visit) => pattern.test(visit)));
  expect(missed.map(String)).toEqual([]);
});
