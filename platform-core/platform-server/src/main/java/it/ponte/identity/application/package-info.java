/** The caller of the current request, for use cases that record who acted. */
package it.ponte.identity.application;
