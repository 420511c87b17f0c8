// The territory the console shows: its name, time zone (dates are shown in it), zones and targets,
// read once per territory from the API (t/{tenant}/territory).
import { api } from './api.js';
import { setTimeZone } from './i18n.js';

let info = null;

/** The territory loaded last, or null. */
export const territory = () => info;

/** Loads a territory's facts unless they are the ones loaded already. */
export async function loadTerritory(id) {
  if (info?.id !== id) {
    info = await api(`t/${id}/territory`);
    setTimeZone(info.timeZone);
  }
  return info;
}

/** The territory's zones as [value, label] options. */
export const zoneOptions = () => (info?.zones ?? []).map((z) => [z, z]);
