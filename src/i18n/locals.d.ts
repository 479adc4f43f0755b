/** What src/i18n/middleware.ts gives every page, layout, component and endpoint. */
declare namespace App {
  interface Locals {
    /** The page's language: 'en' under /en/, 'vi' everywhere else. */
    locale: import('./locale.ts').Locale;
    /** UI strings in the page's language. */
    t: import('./ui.ts').Translator;
  }
}
