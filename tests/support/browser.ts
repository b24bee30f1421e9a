import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { startTestServer, type TestServer, type TestServerOptions } from "./server";

/** Debian's Chromium (`apt-get install chromium`); Playwright's own download cannot work on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a machine without network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts headless Chromium with a fresh temporary profile (Playwright creates and removes it). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const REPORT_CSP_VIOLATIONS = `
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.violatedDirective + " blocked " + (event.blockedURI || "inline content"));
});`;

export interface BrowserTab {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and content security policy violations seen so far. */
  problems: string[];
}

/** Viewports the design is checked at: a laptop and a phone. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A page in its own context (own cookies and storage) that records every error the page reports;
 * `options` sets the viewport (1280 × 720 by default), the colour scheme…
 */
export async function openTab(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserTab> {
  const context = await browser.newContext(options);
  // Report CSP violations explicitly, with the directive, besides Chromium's own console message.
  // A string, because it runs in the page (this file is compiled without the DOM types).
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Test files share one database but each server keeps its uploads in its own DATA_DIR: images
    // another file's server uploaded are missing here (the page shows their placeholder instead).
    if (message.text().startsWith("Failed to load resource") && /\/media\//.test(message.location().url)) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Logs a tab in with the session cookie an API agent holds. */
export async function logIn(tab: BrowserTab, url: string, agent: { cookie?: string }): Promise<void> {
  const cookie = agent.cookie!;
  const separator = cookie.indexOf("=");
  await tab.context.addCookies([{ name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url }]);
}

export interface TabOptions extends BrowserContextOptions {
  /** Logged in as whoever holds this agent's session; anonymous without. */
  as?: { agent: { cookie?: string } } | null;
  /** The interface language (French by default, as for a first visit). */
  language?: "fr" | "en";
}

export interface BrowserSession {
  /** Set once `beforeAll` ran. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A tab of its own (closed after each test), at the desktop size unless told. */
  tab(options?: TabOptions): Promise<BrowserTab>;
}

/**
 * One server and one browser for a test file, and tabs closed after each test: call it at the
 * top level of the file (it registers beforeAll, afterEach and afterAll).
 */
export function browserSession(options: { timeout?: number; server?: TestServerOptions } = {}): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const tabs: BrowserTab[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(options.server), launchBrowser()]);
  }, options.timeout ?? 60_000);
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("browserSession: the server starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("browserSession: the browser starts in beforeAll");
      return browser;
    },
    async tab({ as, language, ...contextOptions }: TabOptions = {}) {
      const opened = await openTab(this.browser, { viewport: DESKTOP, ...contextOptions });
      tabs.push(opened);
      if (language) {
        await opened.context.addInitScript({
          content: `localStorage.setItem("communect.language", ${JSON.stringify(language.toUpperCase())});`,
        });
      }
      if (as) await logIn(opened, this.server.url, as.agent);
      return opened;
    },
  };
}

/** Types into a town combobox and picks the first suggestion with the keyboard. */
export async function pickTown(page: Page, label: string, typed: string, expected: RegExp) {
  const combobox = page.getByRole("combobox", { name: label });
  await combobox.fill(typed);
  const option = page.getByRole("option", { name: expected }).first();
  await option.waitFor();
  await combobox.press("ArrowDown");
  await expect(combobox.getAttribute("aria-activedescendant")).resolves.toBe(await option.getAttribute("id"));
  await combobox.press("Enter");
}
