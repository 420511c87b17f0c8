/** REST resources for candidates under {@code /api/t/{tenant}/candidates}. */
package it.ponte.candidate.interfaces;
