// Words and numbers: the catalogues (it.json, en.json), the chosen language, Intl formatting.
const STORAGE_KEY = 'ponte.language';
export const LANGUAGES = ['it', 'en'];

let language = LANGUAGES.includes(localStorage.getItem(STORAGE_KEY))
  ? localStorage.getItem(STORAGE_KEY)
  : 'it';
let catalogue = {};
/** Plugins' catalogues merged into the core's: their base URLs (…/i18n/), loaded per language. */
const extensions = new Set();
let zone; // the territory's time zone; the browser's until one is set

/** Shows dates in the territory's time zone from now on. */
export function setTimeZone(timeZone) {
  zone = timeZone;
}

/** Loads the catalogue of the chosen (or remembered) language. */
export async function load(lang = language) {
  const answer = await fetch(`/console/i18n/${lang}.json`);
  const core = await answer.json();
  const plugins = await Promise.all([...extensions].map((base) => words(base, lang)));
  catalogue = Object.assign({}, ...plugins, core);
  language = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

/** A plugin's catalogue in a language ({} when it has none). */
async function words(base, lang) {
  const answer = await fetch(`${base}${lang}.json`);
  return answer.ok ? answer.json() : {};
}

/** Adds a plugin's words (console/plugins/<id>/i18n/<lang>.json), now and at every language switch. */
export async function extend(base) {
  if (extensions.has(base)) return;
  extensions.add(base);
  catalogue = { ...(await words(base, language)), ...catalogue };
}

export function current() {
  return language;
}

/** Whether the catalogue has a text for the key. */
export function has(key) {
  return key in catalogue;
}

/** A text of the catalogue, with {name} placeholders filled; the key itself when missing. */
export function t(key, params = {}) {
  const text = catalogue[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

const locale = () => (language === 'it' ? 'it-IT' : 'en-GB');

/** A date (ISO string) in the territory's time zone. */
export function date(iso, timeZone = zone) {
  if (!iso) return '';
  // A calendar day (YYYY-MM-DD) is the same day everywhere: no time zone moves it.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** A date and time (ISO string) in the territory's time zone. */
export function dateTime(iso, timeZone = zone) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Whole days from now to an instant (negative when it is past). */
export function daysUntil(iso) {
  return Math.floor((new Date(iso).getTime() - Date.now()) / 86_400_000);
}

/**
 * Today in the territory's calendar (the browser's until a territory is loaded), plus some days, as
 * YYYY-MM-DD: the server dates every record on the territory's calendar, so a form's default day
 * is the same for an operator whose computer is set to another time zone.
 */
export function today(plusDays = 0) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day') + plusDays)).toISOString().slice(0, 10);
}

/** The day of the week of a calendar day (YYYY-MM-DD): 0 Sunday to 6 Saturday. */
export function weekday(day) {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function number(n) {
  return new Intl.NumberFormat(locale()).format(n);
}

export function euro(n) {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(n);
}
