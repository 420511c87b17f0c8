/**
 * Onboarding territories at runtime (the platform admin's tenant registry): a descriptor checked
 * whole - its fields, its first admin, its plugins against their schemas - then the schema created
 * and the plugins enabled in dependency order. Depends on tenancy, identity and extension; nothing
 * depends on it.
 */
package it.ponte.onboarding.application;
