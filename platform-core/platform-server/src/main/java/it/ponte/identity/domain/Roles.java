package it.ponte.identity.domain;

import java.util.Set;

/** The platform's roles, as realm roles in Keycloak. */
public final class Roles {

  /** Onboards territories and manages plugins' availability; reads no personal data. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Reads federated reports only. */
  public static final String FEDERATION_ANALYST = "federation-analyst";

  /** Configures a territory it belongs to and manages its users. */
  public static final String TENANT_ADMIN = "tenant-admin";

  /** Works with the data of the territories it belongs to. */
  public static final String OPERATOR = "operator";

  /** Reads the data of the territories it belongs to. */
  public static final String VIEWER = "viewer";

  /** Roles that act inside a tenant. */
  public static final Set<String> TENANT_ROLES = Set.of(TENANT_ADMIN, OPERATOR, VIEWER);

  /** Roles that may change tenant data. */
  public static final Set<String> TENANT_WRITERS = Set.of(TENANT_ADMIN, OPERATOR);

  private Roles() {}
}
