/** Placements through JPA in the tenant's schema. */
package it.ponte.placement.infrastructure;
