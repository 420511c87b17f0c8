/** Recording placements in the request's tenant, moving the candidate to PLACED. */
package it.ponte.placement.application;
