package it.ponte.identity.application;

import it.ponte.api.plugin.TenantRole;
import it.ponte.api.tenant.TenantId;
import it.ponte.identity.domain.TerritoryMembers;
import it.ponte.identity.domain.TerritoryMembers.Member;
import it.ponte.platform.application.ProblemException;
import it.ponte.tenancy.domain.TenantIdentity.IdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A territory admin managing the territory's people: who they are, their role there, inviting,
 * changing roles, removing. Only territory roles can be given, only in the caller's territory, and
 * the territory always keeps at least one admin.
 */
@ApplicationScoped
public class MemberService {

  @Inject TerritoryMembers members;

  @Inject CallerContext caller;

  public List<Member> list(TenantId tenant) {
    return identity(() -> members.list(tenant));
  }

  public Member get(TenantId tenant, String userId) {
    return identity(() -> members.find(tenant, userId))
        .orElseThrow(() -> ProblemException.notFound("Member " + userId));
  }

  public Member invite(
      TenantId tenant, String email, String firstName, String lastName, TenantRole role) {
    return identity(() -> members.invite(tenant, email, firstName, lastName, role));
  }

  public Member changeRole(TenantId tenant, String userId, TenantRole role) {
    Member member = get(tenant, userId);
    if (role != TenantRole.ADMIN && member.role().equals(Optional.of(TenantRole.ADMIN))) {
      requireAnotherAdmin(tenant, userId);
    }
    identity(
        () -> {
          members.changeRole(tenant, userId, role);
          return null;
        });
    return get(tenant, userId);
  }

  public void remove(TenantId tenant, String userId) {
    Member member = get(tenant, userId);
    if (member.role().equals(Optional.of(TenantRole.ADMIN))) {
      requireAnotherAdmin(tenant, userId);
    }
    identity(
        () -> {
          members.remove(tenant, userId);
          return null;
        });
  }

  private void requireAnotherAdmin(TenantId tenant, String userId) {
    boolean another =
        list(tenant).stream()
            .anyMatch(
                m -> !m.id().equals(userId) && m.role().equals(Optional.of(TenantRole.ADMIN)));
    if (!another) {
      throw ProblemException.conflict(
          "last-admin", "This is the territory's only admin: make someone else admin first.");
    }
  }

  private static <T> T identity(Supplier<T> call) {
    try {
      return call.get();
    } catch (IdentityException e) {
      throw new ProblemException(
          503,
          "identity-unavailable",
          "Identity provider unavailable",
          "The identity provider could not complete the request; try again shortly.",
          List.of(),
          Map.of("Retry-After", "5"),
          e);
    }
  }
}
