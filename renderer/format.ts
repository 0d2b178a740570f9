/** Dates and numbers formatted for the UI language with Intl (Hindi UI: hi-IN, English UI: en-IN). */

/** The UI languages. */
export type UiLanguage = 'en' | 'hi';

/** The Intl locale used for a UI language; both use Indian digit grouping (1,50,000). */
export function localeFor(language: UiLanguage): string {
  return language === 'hi' ? 'hi-IN' : 'en-IN';
}

/** Formats an ISO date (YYYY-MM-DD or a full timestamp) as a medium date; unparseable input is returned as is. */
export function formatDate(iso: string | undefined, language: UiLanguage): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    // A bare date means a calendar day; showing it in local time could move it to the day before.
    timeZone: dateOnly ? 'UTC' : undefined,
  }).format(date);
}

/** Formats a count. */
export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** Formats a fraction 0…1 as a whole percentage. */
export function formatPercent(fraction: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
