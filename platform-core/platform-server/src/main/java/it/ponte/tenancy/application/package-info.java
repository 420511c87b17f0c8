/**
 * Use cases of tenancy: onboarding, reconciling the descriptor files, migrating every tenant at
 * startup, and resolving the tenant of a request.
 */
package it.ponte.tenancy.application;
