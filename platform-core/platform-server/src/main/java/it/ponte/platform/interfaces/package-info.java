/**
 * The platform's HTTP edge shared by every bounded context: the JAX-RS application, RFC 9457
 * problem responses and health checks.
 */
package it.ponte.platform.interfaces;
