/**
 * Test-fixture plugins, installed in the integration-test platform as a jar: small, but real users
 * of every extension point, so the plugin platform is tested as plugins will use it.
 */
package it.ponte.itplugins;
