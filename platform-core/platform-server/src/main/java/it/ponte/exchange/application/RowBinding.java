package it.ponte.exchange.application;

import it.ponte.exchange.domain.ImportKind;
import it.ponte.tenancy.domain.TenantDescriptor;

/**
 * Reads one kind's rows as the API reads its request bodies, with the API's checks. Implemented at
 * the edge, next to the request bodies it reuses.
 *
 * @param <R> what a row becomes: the data a {@link KindStore} writes
 */
public interface RowBinding<R> {

  ImportKind kind();

  /**
   * The row's data, checked; errors go on the row (and the answer may then be null).
   *
   * @param territory the territory importing, whose zones, partners and municipalities apply
   */
  R bind(Row row, TenantDescriptor territory);

  /** The row's key: its external id, or for kinds without one the references that identify it. */
  String key(Row row);
}
