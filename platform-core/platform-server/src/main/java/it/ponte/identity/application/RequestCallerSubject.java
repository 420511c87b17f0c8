package it.ponte.identity.application;

import it.ponte.identity.domain.Caller;
import it.ponte.platform.application.CallerSubject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The request caller's subject for the request log; null for an anonymous caller. */
@RequestScoped
public class RequestCallerSubject implements CallerSubject {

  @Inject CallerContext caller;

  @Override
  public String get() {
    return caller.caller().map(Caller::subject).orElse(null);
  }
}
