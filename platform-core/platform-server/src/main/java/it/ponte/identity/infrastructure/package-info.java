/** Keycloak: verifying its access tokens and calling its Admin REST API. */
package it.ponte.identity.infrastructure;
