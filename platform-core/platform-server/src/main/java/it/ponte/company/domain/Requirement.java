package it.ponte.company.domain;

import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A vacancy's requirement. A mandatory one filters candidates out of matching; the others weigh in
 * the score.
 *
 * @param value the licence, Italian level or education asked for; null for CAR
 */
public record Requirement(Kind kind, String value, boolean mandatory) {

  /** What a requirement is about. */
  public enum Kind {
    /** A {@link Licence}. */
    LICENCE,
    /** At least this {@link ItalianLevel}. */
    ITALIAN_LEVEL,
    /** At least this {@link Education}, by ISCED level. */
    EDUCATION,
    /** A car available for work. */
    CAR
  }

  public Requirement {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.CAR) {
      value = null;
    } else {
      Objects.requireNonNull(value, "value");
      switch (kind) {
        case LICENCE -> Licence.valueOf(value);
        case ITALIAN_LEVEL -> ItalianLevel.valueOf(value);
        case EDUCATION -> Education.valueOf(value);
        default -> throw new IllegalStateException();
      }
    }
  }

  /** The requirements' column value: {@code KIND=VALUE}, a trailing {@code !} when mandatory. */
  public static String join(List<Requirement> requirements) {
    if (requirements == null || requirements.isEmpty()) {
      return null;
    }
    return requirements.stream()
        .map(r -> r.kind + (r.value == null ? "" : "=" + r.value) + (r.mandatory ? "!" : ""))
        .collect(Collectors.joining(","));
  }

  /** The requirements of a column value. */
  public static List<Requirement> split(String column) {
    List<Requirement> list = new ArrayList<>();
    if (column == null || column.isEmpty()) {
      return list;
    }
    for (String item : column.split(",")) {
      boolean mandatory = item.endsWith("!");
      String body = mandatory ? item.substring(0, item.length() - 1) : item;
      int eq = body.indexOf('=');
      list.add(
          eq < 0
              ? new Requirement(Kind.valueOf(body), null, mandatory)
              : new Requirement(
                  Kind.valueOf(body.substring(0, eq)), body.substring(eq + 1), mandatory));
    }
    return list;
  }
}
