package it.ponte.plugin.ic.application;

import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.CallRules;
import it.ponte.plugin.ic.domain.CallWindow;
import it.ponte.plugin.ic.domain.NewCall;
import it.ponte.plugin.ic.domain.Scoring;
import it.ponte.plugin.ic.infrastructure.CallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;

/** Funding calls in the request's tenant: their rules, criteria, committee and budget position. */
@ApplicationScoped
@Transactional
public class CallService {

  @Inject CallRepository repository;

  @Inject IcTerritory territory;

  public Call createCall(NewCall c) {
    NewCall call = c.withDefaults(territory.settings());
    if (call.criteria().isEmpty()) {
      throw new IcRefusal(422, "call-refused", "A call needs at least one criterion.", List.of());
    }
    try {
      new CallWindow(call.opensAt(), call.closesAt(), territory.zone());
    } catch (IllegalArgumentException e) {
      throw new IcRefusal(422, "call-refused", e.getMessage(), List.of());
    }
    return call(repository.insert(call));
  }

  public List<Call> calls() {
    return repository.ids().stream().map(this::call).toList();
  }

  public Call call(long id) {
    return repository.find(id, territory.zone()).orElseThrow(() -> IcRefusal.notFound("Call", id));
  }

  /** Adds a platform user to the call's evaluation committee. */
  public Call addMember(long callId, String username) {
    call(callId);
    repository.addMember(callId, username);
    return call(callId);
  }

  List<Scoring.Criterion> criteria(long callId) {
    return repository.criteria(callId);
  }

  /** Locks the call's row: fundings of one call go one at a time. */
  void lock(long callId) {
    repository.lock(callId);
  }

  boolean isMember(long callId, String username) {
    return repository.isMember(callId, username);
  }

  CallRules rules(Call c) {
    return new CallRules(
        new LinkedHashSet<>(c.applicantTypes()),
        c.seatInTerritoryRequired(),
        c.investmentCap(),
        c.consultancyCap(),
        c.welfareCap(),
        c.passMark(),
        c.accompanimentMonths());
  }
}
