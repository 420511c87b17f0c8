/** HTTP edge of tenancy: per-request tenant resolution, the territory API and its readiness. */
package it.ponte.tenancy.interfaces;
