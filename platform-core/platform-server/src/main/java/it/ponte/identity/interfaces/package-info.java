/** Authentication and authorization of every API request, at the edge. */
package it.ponte.identity.interfaces;
