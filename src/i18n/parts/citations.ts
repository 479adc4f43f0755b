/** UI strings for the citations pages and components (merged into src/i18n/ui.ts). */
export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
