/**
 * Selections through JPA; the matching pre-filter as one SQL query over the tenant's candidates.
 */
package it.ponte.matching.infrastructure;
