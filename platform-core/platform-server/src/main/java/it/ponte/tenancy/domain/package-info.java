/**
 * Territories (tenants): their declarative descriptor, their registry entry and lifecycle. Pure
 * Java, so the same rules apply to YAML files read at startup and JSON sent to the onboarding API.
 */
package it.ponte.tenancy.domain;
