/** REST resources for placements. */
package it.ponte.placement.interfaces;
