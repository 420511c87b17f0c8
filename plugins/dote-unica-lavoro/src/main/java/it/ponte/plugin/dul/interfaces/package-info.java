/** REST resources under /api/t/{tenant}/plugins/dote-unica-lavoro/. */
package it.ponte.plugin.dul.interfaces;
