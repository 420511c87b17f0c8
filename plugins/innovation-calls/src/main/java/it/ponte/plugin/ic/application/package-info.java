/** Calls, applications, the committee, funding and monitoring in the request's tenant. */
package it.ponte.plugin.ic.application;
