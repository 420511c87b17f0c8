/** {@code /api/t/{tenant}/candidates/{id}/follow-ups}. */
package it.ponte.followup.interfaces;
