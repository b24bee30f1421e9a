import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** The impacts that fail a page: axe's "serious" and "critical". */
const FAILING = new Set(["serious", "critical"]);

/** One line per failing rule and element, readable in a test failure. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The serious and critical WCAG 2.x A/AA (and best-practice) violations axe-core finds in the
 * page as it is now. Run through Playwright's own channel, so the page's content security
 * policy does not stop it.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => FAILING.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
