package it.ponte.exchange.domain;

/**
 * A territory's history import ended and wrote its rows: records about past periods may have come
 * in (a CDI event, fired after the run is recorded).
 *
 * @param territory the territory's id
 */
public record HistoryImported(String territory) {}
