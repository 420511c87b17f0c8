/**
 * The plugin platform inside the core: which plugins are installed, whether they fit together,
 * which tenants enabled them with what configuration, and the rules every extension point obeys.
 * Named "extension" because core code must not live in {@code it.ponte.plugin}, the plugins' own
 * namespace.
 */
package it.ponte.extension.domain;
