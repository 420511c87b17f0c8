/** REST resources under {@code /api/t/{tenant}/plugins/microcredit/}. */
package it.ponte.plugin.mc.interfaces;
