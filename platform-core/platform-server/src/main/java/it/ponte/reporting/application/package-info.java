/** Tenant activity reports by SQL in the tenant's schema; federated reports across territories. */
package it.ponte.reporting.application;
