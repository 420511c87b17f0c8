package it.ponte.api.core;

/**
 * Who is calling a plugin's endpoint: the authenticated platform user of the request. Outside a
 * request (event listeners, scheduled tasks) there is no user and {@link #actor()} names the
 * system.
 */
public interface CurrentUser {

  /** Whether a platform user is calling (false for listeners, tasks and public endpoints). */
  boolean present();

  /** The user's stable id (token subject); empty when no user is calling. */
  String subject();

  /** The user's login name; empty when no user is calling. */
  String username();

  /**
   * Whether the caller holds a role: a platform role (platform-admin...) as the token carries it, a
   * territory role (tenant-admin, operator, viewer) in the request's territory only.
   */
  boolean hasRole(String role);

  /** Who acted, for a plugin's records: the username with the subject, or "system". */
  String actor();
}
