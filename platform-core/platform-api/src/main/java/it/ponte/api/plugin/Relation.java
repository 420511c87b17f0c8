package it.ponte.api.plugin;

import java.util.Map;
import java.util.Optional;

/**
 * A relation between the calling user and a resource of the plugin, named in {@link
 * Permission#relations()}: "member of this call's committee", "member without a declared conflict
 * with this application". The core finds it by plugin and name and asks it before the operation
 * runs; the plugin's operations then hold no check of their own.
 */
public interface Relation extends Extension {

  /** The name operations declare, stable and unique within the plugin. */
  String name();

  /**
   * Whether the user holds the relation with the resource the request's path names.
   *
   * @param username the calling user's login name
   * @param pathParameters the request's path parameters, e.g. {@code id -> 42}
   * @return empty when the user holds it, otherwise the refusal to answer (a 403 or, when the
   *     resource does not exist, a 404)
   */
  Optional<PluginRefusal> check(String username, Map<String, String> pathParameters);
}
