/** Reads the demo recipes ({@code tenants/<id>/demo.yaml}). */
package it.ponte.demo.infrastructure;
