/** Value types that every bounded context's domain shares. */
package it.ponte.platform.domain;
