// The territory the console shows: its name, time zone (dates are shown in it), zones and targets,
// read once per territory from the API (t/{tenant}/territory).
import { api } from './api.js';
import { setTimeZone } from './i18n.js';

let info = null;
let pages = [];

/** The territory loaded last, or null. */
export const territory = () => info;

/** The console pages of the plugins the territory enabled (see ConsoleContribution). */
export const pluginPages = () => pages;

/** Loads a territory's facts, and its plugins' pages, unless they are the ones loaded already. */
export async function loadTerritory(id) {
  if (info?.id !== id) {
    const [facts, contributed] = await Promise.all([api(`t/${id}/territory`), api(`t/${id}/console/pages`)]);
    pages = contributed;
    info = facts;
    setTimeZone(info.timeZone);
  }
  return info;
}

/** Reads the plugins' pages again (after a plugin was enabled or disabled here). */
export async function reloadPluginPages() {
  if (info) pages = await api(`t/${info.id}/console/pages`);
  return pages;
}

/** The territory's zones as [value, label] options. */
export const zoneOptions = () => (info?.zones ?? []).map((z) => [z, z]);
