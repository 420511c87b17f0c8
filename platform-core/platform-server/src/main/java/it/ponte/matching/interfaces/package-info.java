/** REST resources for matches and selections. */
package it.ponte.matching.interfaces;
