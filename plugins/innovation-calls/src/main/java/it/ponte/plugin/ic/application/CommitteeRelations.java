package it.ponte.plugin.ic.application;

import it.ponte.api.plugin.PluginRefusal;
import it.ponte.api.plugin.Relation;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The committee relations the calls' operations declare, checked by the core before they run. The
 * path's {@code id} is an application's.
 */
public final class CommitteeRelations {

  /** Member of the committee of the application's call. */
  public static final String MEMBER = "committee-member";

  /** Member of that committee with no declared conflict of interest with the application. */
  public static final String MEMBER_WITHOUT_CONFLICT = "committee-member-without-conflict";

  private CommitteeRelations() {}

  /** A committee relation of the path's application, checked by the calls' service. */
  abstract static class CommitteeRelation implements Relation {

    @Inject CommitteeService committee;

    /** Whether a declared conflict of interest breaks the relation. */
    protected abstract boolean withoutConflict();

    @Override
    public String pluginId() {
      return InnovationCallsPlugin.ID;
    }

    @Override
    public Optional<PluginRefusal> check(String username, Map<String, String> path) {
      long id;
      try {
        id = Long.parseLong(path.get("id"));
      } catch (NumberFormatException notAnId) {
        // No application has such an id: nothing to refuse here, the resource answers 404.
        return Optional.empty();
      }
      return committee.committeeRelation(id, username, withoutConflict());
    }
  }

  /** {@value #MEMBER}. */
  @ApplicationScoped
  public static class Member extends CommitteeRelation {

    @Override
    public String name() {
      return MEMBER;
    }

    @Override
    protected boolean withoutConflict() {
      return false;
    }
  }

  /** {@value #MEMBER_WITHOUT_CONFLICT}. */
  @ApplicationScoped
  public static class MemberWithoutConflict extends CommitteeRelation {

    @Override
    public String name() {
      return MEMBER_WITHOUT_CONFLICT;
    }

    @Override
    protected boolean withoutConflict() {
      return true;
    }
  }
}
