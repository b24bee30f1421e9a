import { checkEveryPage } from "../support/accessibility-pages";
import { PHONE } from "../support/browser";

/** Every page, on a phone in the dark theme (both themes are checked: colour contrast). */
checkEveryPage({ viewport: PHONE, colorScheme: "dark" });
