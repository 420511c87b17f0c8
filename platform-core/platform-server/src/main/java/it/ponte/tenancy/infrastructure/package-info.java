/**
 * PostgreSQL side of tenancy: the registry tables, schema and role provisioning, Liquibase runs and
 * the per-transaction tenant switch for JPA.
 */
package it.ponte.tenancy.infrastructure;
