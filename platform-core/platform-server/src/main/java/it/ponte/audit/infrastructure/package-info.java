/** The audit trail stored in the tenant schema. */
package it.ponte.audit.infrastructure;
