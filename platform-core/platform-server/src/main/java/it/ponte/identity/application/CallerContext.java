package it.ponte.identity.application;

import it.ponte.identity.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The verified caller of the current request, bound once by the edge. */
@RequestScoped
public class CallerContext {

  private Caller caller;

  public void bind(Caller caller) {
    if (this.caller != null) {
      throw new IllegalStateException("Caller already bound");
    }
    this.caller = caller;
  }

  /** The caller, absent on public endpoints. */
  public Optional<Caller> caller() {
    return Optional.ofNullable(caller);
  }

  /** Who acted, for audit records: the username and, in brackets, the token subject. */
  public String actor() {
    return caller == null ? "anonymous" : caller.username() + " [" + caller.subject() + "]";
  }
}
