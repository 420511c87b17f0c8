/**
 * Starts Ponte on one machine: embedded PostgreSQL (unless an external database is configured) and
 * Payara Micro with the platform WAR as child processes that stop with the launcher. Used by the
 * README's run command and, as a test kit, by the integration tests.
 */
package it.ponte.launcher;
