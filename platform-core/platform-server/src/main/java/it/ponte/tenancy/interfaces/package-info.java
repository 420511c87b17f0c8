/** HTTP edge of tenancy: the platform's tenant registry API and per-request tenant resolution. */
package it.ponte.tenancy.interfaces;
