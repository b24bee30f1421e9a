/** The dark theme's colours (contrast 4.5:1 at least on their backgrounds), chosen or following the visitor's. */
const DARK = `--cx-bg: #16191d; --cx-fg: #f1f3f5; --cx-muted: #b9c0c8; --cx-line: #3a4048; --cx-card: #20252b;
  --cx-link: var(--cx-accent, #86d4bd);`;

/**
 * The widgets' styles, inside their shadow root: the host page's rules cannot reach in, and these
 * cannot leak out. `:host` declarations are !important, which beats the host page's own !important
 * rules on the element itself (CSS Scoping); `all: initial` cuts what the page would make the
 * element inherit, except the font family, which follows the host's by default.
 */
export const WIDGET_CSS = `
:host {
  all: initial !important;
  display: block !important;
  box-sizing: border-box !important;
  min-width: 0 !important;
  max-width: 100% !important;
  font-family: inherit !important;
  font-size: 16px !important;
  line-height: 1.45 !important;
  color: var(--cx-fg) !important;
  --cx-bg: #ffffff;
  --cx-fg: #1b1f23;
  --cx-muted: #4f5660;
  --cx-line: #d5d9de;
  --cx-card: #f5f7f8;
  --cx-link: var(--cx-accent, #1f6f5c);
}
:host([hidden]) { display: none !important; }
:host([data-theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) {
  :host([data-theme="auto"]) { ${DARK} }
}
*, *::before, *::after { box-sizing: border-box; }
.cx {
  background: var(--cx-bg);
  color: var(--cx-fg);
  border: 1px solid var(--cx-line);
  border-radius: 8px;
  padding: 12px;
  overflow-wrap: anywhere;
}
h2 { font-size: 1.15em; margin: 0 0 8px; line-height: 1.25; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
li { background: var(--cx-card); border-radius: 6px; padding: 8px 10px; min-width: 0; }
a { color: var(--cx-link); text-decoration: underline; text-underline-offset: 2px; }
a:focus-visible { outline: 3px solid var(--cx-link); outline-offset: 2px; border-radius: 2px; }
.name { font-weight: 600; }
.meta, .state, footer { color: var(--cx-muted); font-size: 0.875em; }
.meta, .desc { margin: 2px 0 0; }
.desc { white-space: pre-line; }
.state { margin: 4px 0; }
.problem { color: var(--cx-fg); border-left: 4px solid #b3261e; padding-left: 8px; margin: 0; }
.problem ul { display: block; padding-left: 1.2em; list-style: disc; }
.problem li { background: none; padding: 0; }
footer { margin-top: 10px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.map { height: 320px; border-radius: 6px; background: var(--cx-card); margin-bottom: 8px; }
`;
