/** Where reporting keeps what it must not lose: the cell-key secret of federated reports. */
package it.ponte.reporting.infrastructure;
