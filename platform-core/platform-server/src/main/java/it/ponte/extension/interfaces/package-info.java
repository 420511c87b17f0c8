/** The plugin management API and the gate that hides a plugin's endpoints where it is disabled. */
package it.ponte.extension.interfaces;
