package it.ponte.extension.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.identity.application.CallerContext;
import it.ponte.identity.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;

/** The request's verified caller, for plugins; no caller outside a request. */
@ApplicationScoped
public class CoreCurrentUser implements CurrentUser {

  @Inject CallerContext callers;

  private Optional<Caller> caller() {
    try {
      return callers.caller();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }

  @Override
  public boolean present() {
    return caller().isPresent();
  }

  @Override
  public String subject() {
    return caller().map(Caller::subject).orElse("");
  }

  @Override
  public String username() {
    return caller().map(Caller::username).orElse("");
  }

  @Override
  public boolean hasRole(String role) {
    return caller().map(c -> c.hasRole(role)).orElse(false);
  }

  @Override
  public String actor() {
    return caller().isPresent() ? callers.actor() : "system";
  }
}
