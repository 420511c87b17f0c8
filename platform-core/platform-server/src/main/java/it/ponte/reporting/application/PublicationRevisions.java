package it.ponte.reporting.application;

import it.ponte.exchange.domain.HistoryImported;
import it.ponte.reporting.infrastructure.FederatedPublications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Revises the federated publications when history comes in: an import brings records about past
 * periods, so every stored period is computed afresh at its next request.
 */
@ApplicationScoped
public class PublicationRevisions {

  @Inject FederatedPublications publications;

  void onHistoryImported(@Observes HistoryImported imported) {
    publications.forgetAll();
  }
}
