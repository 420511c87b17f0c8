/** REST resources under {@code /api/t/{tenant}/plugins/innovation-calls/}. */
package it.ponte.plugin.ic.interfaces;
