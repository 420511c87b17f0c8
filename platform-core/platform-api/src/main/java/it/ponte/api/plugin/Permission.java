package it.ponte.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a plugin's REST operation. Every resource method of a plugin declares it, on the
 * method or on its class; the core checks it before the method runs, the same way for every plugin,
 * and refuses with {@code 403} an operation that declares nothing. A plugin writes no access check
 * of its own.
 *
 * <p>Example: {@code @Permission(role = TenantRole.OPERATOR, relations =
 * CommitteeMember.WITHOUT_CONFLICT)} on scoring an application.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Permission {

  /** The weakest territory role that may call the operation. */
  TenantRole role();

  /**
   * Relations the caller must also hold with the resource the path names, each checked by the
   * plugin's {@link Relation} of that name (e.g. member of the call's committee).
   */
  String[] relations() default {};
}
