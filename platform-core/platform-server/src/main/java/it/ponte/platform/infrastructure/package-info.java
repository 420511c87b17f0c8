/** Database wiring shared by every bounded context: the data source and its failure modes. */
package it.ponte.platform.infrastructure;
