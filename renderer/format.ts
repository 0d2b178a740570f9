/** Dates and numbers formatted for the UI language with Intl (Hindi UI: hi-IN, English UI: en-IN). */

/** The UI languages. */
export type UiLanguage = 'en' | 'hi';

/** The Intl locale used for a UI language; both use Indian digit grouping (1,50,000). */
export function localeFor(language: UiLanguage): string {
  return language === 'hi' ? 'hi-IN' : 'en-IN';
}

// Building an Intl formatter costs far more than using one (locale data is resolved each time); a
// list of 10,000 articles formats several figures per row on every render, so each formatter is
// built once per locale and options and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, utc: boolean): Intl.DateTimeFormat {
  const key = `date|${locale}|${utc}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    // A bare date means a calendar day; showing it in local time could move it to the day before.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: utc ? 'UTC' : undefined });
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, percent: boolean): Intl.NumberFormat {
  const key = `number|${locale}|${percent}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, percent ? { style: 'percent', maximumFractionDigits: 0 } : undefined);
    formatters.set(key, format);
  }
  return format;
}

/** Formats an ISO date (YYYY-MM-DD or a full timestamp) as a medium date; unparseable input is returned as is. */
export function formatDate(iso: string | undefined, language: UiLanguage): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(localeFor(language), dateOnly).format(date);
}

/** Formats a count. */
export function formatNumber(value: number, language: UiLanguage): string {
  return numberFormat(localeFor(language), false).format(value);
}

/** Formats a fraction 0…1 as a whole percentage. */
export function formatPercent(fraction: number, language: UiLanguage): string {
  return numberFormat(localeFor(language), true).format(fraction);
}
