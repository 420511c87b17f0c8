/**
 * Who calls the platform and what they may do: the caller taken from a verified token, the roles of
 * the platform, and the access rules by path. Pure Java, so the rules are tested without a server.
 */
package it.ponte.identity.domain;
