package it.ponte.api.plugin;

import java.util.List;

/**
 * A plugin refusing a request under its rules. Thrown from a plugin's resource or service, the core
 * answers it as an RFC 9457 problem: {@code type} becomes {@code urn:ponte:problem:<type>}, with
 * the {@code detail} and every reason in {@code reasons}. Thrown inside a transaction it rolls the
 * transaction back, so nothing of the refused request is written.
 */
public class PluginRefusal extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<String> reasons;

  /**
   * @param status the HTTP status (4xx)
   * @param type stable slug, prefixed by the plugin's table prefix: {@code dul-not-eligible}
   * @param title short name of the plugin or the rule
   * @param detail what was refused and why, for a person
   * @param reasons every reason, when there are several; may be empty
   */
  public PluginRefusal(int status, String type, String title, String detail, List<String> reasons) {
    super(detail);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("A refusal is a 4xx status, not " + status);
    }
    this.status = status;
    this.type = type;
    this.title = title;
    this.reasons = List.copyOf(reasons);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<String> reasons() {
    return reasons;
  }
}
