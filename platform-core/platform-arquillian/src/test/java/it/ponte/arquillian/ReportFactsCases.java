package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ponte.extension.application.TenantScope;
import it.ponte.tenancy.domain.TenantSchemas;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the activity report reads of a person's first interview, stored on their row by the
 * candidate trigger (core-0026): the age class at the interview and the days from registration to
 * it, on the territory's calendar - which the migration keeps at the descriptor's time zone and
 * which recomputes them when it changes, in that territory only. An erasure keeps the class.
 */
interface ReportFactsCases {

  /**
   * Registered at 23:30 on 30 November in Rome (22:30 UTC), first interviewed at 00:30 on 4
   * December in Rome (still 3 December in UTC), born on 4 December 1991: in Rome that is 4 days and
   * 35 years old (class 4, 35-39); on UTC's calendar 3 days and 34 (class 3, 30-34).
   */
  private static Object insertAcrossMidnight(EntityManager em, String name) {
    return em.createNativeQuery(
            "INSERT INTO candidate (first_name, last_name, birth_date, gender, citizenship, status,"
                + " status_changed_at, registered_at, first_interview_at) VALUES (?1, 'Fatti',"
                + " DATE '1991-12-04', 'FEMALE', 'IT', 'REGISTERED', now(),"
                + " TIMESTAMPTZ '2026-11-30 22:30:00+00', TIMESTAMPTZ '2026-12-03 23:30:00+00')")
        .setParameter(1, name)
        .executeUpdate();
  }

  /** The stored facts of the person named {@code name}: [days, age class]. */
  private static List<Object> facts(TenantWork work, TenantScope scope, String name) {
    return work.inTransaction(
        scope,
        em -> {
          Object[] row =
              (Object[])
                  em.createNativeQuery(
                          "SELECT first_interview_days, first_interview_age_class FROM candidate"
                              + " WHERE first_name = ?1")
                      .setParameter(1, name)
                      .getSingleResult();
          return Arrays.asList(
              row[0] == null ? null : ((Number) row[0]).intValue(),
              row[1] == null ? null : ((Number) row[1]).intValue());
        });
  }

  private static void update(TenantWork work, TenantScope scope, String sql, String name) {
    work.inTransaction(
        scope, em -> em.createNativeQuery(sql).setParameter(1, name).executeUpdate());
  }

  @Test
  default void theFirstInterviewsFactsAreOnTheTerritorysCalendarAndFollowItsTimeZone()
      throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantSchemas schemas = Beans.get(TenantSchemas.class);
    TenantScope rome = territories.scope(territories.ensure("arq-facts-a"));
    TenantScope other = territories.scope(territories.ensure("arq-facts-b"));
    work.inTransaction(rome, em -> insertAcrossMidnight(em, "Ada"));
    work.inTransaction(other, em -> insertAcrossMidnight(em, "Bice"));
    assertEquals(Arrays.asList(4, 4), facts(work, rome, "Ada"));
    assertEquals(Arrays.asList(4, 4), facts(work, other, "Bice"));

    try {
      // The territory moves to UTC: its facts are recomputed on that calendar; the other's stay.
      schemas.provisionAndMigrate(rome.tenant(), "UTC");
      assertEquals(Arrays.asList(3, 3), facts(work, rome, "Ada"));
      assertEquals(Arrays.asList(4, 4), facts(work, other, "Bice"));
    } finally {
      schemas.provisionAndMigrate(rome.tenant(), "Europe/Rome");
    }
    assertEquals(Arrays.asList(4, 4), facts(work, rome, "Ada"));

    // Not interviewed yet: no facts; the interview recorded: computed then.
    work.inTransaction(
        rome,
        em ->
            em.createNativeQuery(
                    "INSERT INTO candidate (first_name, last_name, birth_date, gender, citizenship,"
                        + " status, status_changed_at, registered_at) VALUES ('Cloe', 'Fatti',"
                        + " DATE '2007-06-01', 'FEMALE', 'IT', 'REGISTERED', now(),"
                        + " TIMESTAMPTZ '2026-06-01 08:00:00+00')")
                .executeUpdate());
    assertEquals(Arrays.asList(null, null), facts(work, rome, "Cloe"));
    update(
        work,
        rome,
        "UPDATE candidate SET first_interview_at = TIMESTAMPTZ '2026-06-11 09:00:00+00'"
            + " WHERE first_name = ?1",
        "Cloe");
    assertEquals(Arrays.asList(10, 1), facts(work, rome, "Cloe"));

    // A corrected birth date moves the class; a birth date taken away (not an erasure) clears it.
    update(
        work,
        rome,
        "UPDATE candidate SET birth_date = DATE '1960-01-01' WHERE first_name = ?1",
        "Cloe");
    assertEquals(Arrays.asList(10, 7), facts(work, rome, "Cloe"));
    update(work, rome, "UPDATE candidate SET birth_date = NULL WHERE first_name = ?1", "Cloe");
    assertEquals(Arrays.asList(10, null), facts(work, rome, "Cloe"));

    // An erasure blanks the birth date and keeps the class, as it keeps the age band.
    update(
        work,
        rome,
        "UPDATE candidate SET birth_date = NULL, erased_at = now() WHERE first_name = ?1",
        "Ada");
    assertEquals(Arrays.asList(4, 4), facts(work, rome, "Ada"));
  }
}
