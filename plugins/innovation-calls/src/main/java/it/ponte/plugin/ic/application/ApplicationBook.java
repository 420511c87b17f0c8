package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.infrastructure.ApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The applications of the request's tenant: an application and its history, and the steps the
 * services share (lock, move with its recorded transition, state checks).
 */
@ApplicationScoped
@Transactional
public class ApplicationBook {

  @Inject ApplicationRepository repository;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject CurrentUser user;

  public Application application(long id) {
    return repository.find(id).orElseThrow(() -> IcRefusal.notFound("Application", id));
  }

  public List<Application> applications(long callId) {
    calls.call(callId);
    return repository.ofCall(callId);
  }

  public List<Application.Transition> history(long id) {
    application(id);
    return repository.transitions(id);
  }

  Application lock(long id) {
    if (!repository.lock(id)) {
      throw IcRefusal.notFound("Application", id);
    }
    return application(id);
  }

  void move(Application a, Status target, String note) {
    Status from = a.status();
    if (!from.canMoveTo(target)) {
      throw new IcRefusal(
          409,
          "illegal-transition",
          "An application "
              + from
              + " cannot become "
              + target
              + "; it can become "
              + from.next()
              + ".",
          List.of());
    }
    repository.setStatus(a.id(), target);
    record(a.id(), from, target, note);
  }

  void record(long id, Status from, Status to, String note) {
    repository.addTransition(id, from, to, user.actor(), null, note);
  }

  static void requireStatus(Application a, Status... allowed) {
    if (!List.of(allowed).contains(a.status())) {
      throw new IcRefusal(
          409,
          "wrong-state",
          "Application " + a.id() + " is " + a.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }
}
