package it.ponte.identity.domain;

import it.ponte.api.plugin.TenantRole;
import it.ponte.api.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The people of a territory as the identity provider holds them: members of its organization, each
 * with a role there. Users themselves are never deleted here: a person may belong elsewhere.
 */
public interface TerritoryMembers {

  /** A member: the user's id (the token subject), names, and role in this territory (if any). */
  record Member(
      String id,
      String username,
      String email,
      String firstName,
      String lastName,
      Optional<TenantRole> role) {}

  List<Member> list(TenantId tenant);

  Optional<Member> find(TenantId tenant, String userId);

  /**
   * Makes the user with this e-mail a member with this role, creating the user (who then sets a
   * password at first login) when there is none. A user who is already a member gets the role.
   */
  Member invite(TenantId tenant, String email, String firstName, String lastName, TenantRole role);

  /** Gives a member another role in this territory only. */
  void changeRole(TenantId tenant, String userId, TenantRole role);

  /** Takes a member out of the territory (its organization and role groups); the user stays. */
  void remove(TenantId tenant, String userId);
}
