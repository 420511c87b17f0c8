/** Reading CSV and XLSX files as tables; the import's SQL, batched. */
package it.ponte.exchange.infrastructure;
