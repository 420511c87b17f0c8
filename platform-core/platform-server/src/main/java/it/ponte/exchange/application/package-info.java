/** Running an import in the background, in one transaction per file, with its progress. */
package it.ponte.exchange.application;
