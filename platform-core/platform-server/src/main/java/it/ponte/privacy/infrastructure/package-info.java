/** The audit trail's table in each tenant schema. */
package it.ponte.privacy.infrastructure;
