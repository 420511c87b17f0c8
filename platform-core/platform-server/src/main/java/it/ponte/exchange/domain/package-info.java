/** What an import is: its kinds and columns, a run and its errors, the table it reads. */
package it.ponte.exchange.domain;
