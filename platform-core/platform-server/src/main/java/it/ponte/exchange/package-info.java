/**
 * Data in and out of a territory: historical imports of CSV or Excel files in the API's own field
 * names (all or nothing per file, dry run, idempotent by the territory's external ids) and the
 * territory's export in the same format. Depends on the core contexts it reads and writes; nothing
 * depends on it.
 */
package it.ponte.exchange;
