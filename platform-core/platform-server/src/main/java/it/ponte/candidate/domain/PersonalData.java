package it.ponte.candidate.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about a candidate as a person: declared at registration, corrected by operators.
 * Every field is personal data; changes to it are audited field by field.
 *
 * @param citizenship ISO 3166-1 alpha-2 country
 * @param municipality comune di residenza
 * @param zone one of the territory's zones
 * @param languages other languages spoken, ISO 639-1 codes
 * @param professions professions of interest, ISTAT CP2021 codes
 * @param didDate date of the DID (dichiarazione di immediata disponibilità)
 * @param hasCar whether the candidate can use a car for work, null when not asked
 * @param availability time slots the candidate can work in
 */
public record PersonalData(
    String firstName,
    String lastName,
    LocalDate birthDate,
    Gender gender,
    String citizenship,
    String municipality,
    String zone,
    String email,
    String phone,
    Education education,
    ItalianLevel italianLevel,
    Set<String> languages,
    Set<Licence> licences,
    Set<String> professions,
    EmploymentStatus employmentStatus,
    LocalDate didDate,
    Set<Difficulty> difficulties,
    Boolean hasCar,
    Set<Shift> availability,
    String notes) {

  public PersonalData {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(citizenship, "citizenship");
    languages = languages == null ? Set.of() : Set.copyOf(new TreeSet<>(languages));
    licences = licences == null ? Set.of() : Set.copyOf(licences);
    professions = professions == null ? Set.of() : Set.copyOf(new TreeSet<>(professions));
    difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
    availability = availability == null ? Set.of() : Set.copyOf(availability);
  }

  /** The same data with other difficulties. */
  public PersonalData withDifficulties(Set<Difficulty> replaced) {
    return new PersonalData(
        firstName,
        lastName,
        birthDate,
        gender,
        citizenship,
        municipality,
        zone,
        email,
        phone,
        education,
        italianLevel,
        languages,
        licences,
        professions,
        employmentStatus,
        didDate,
        replaced,
        hasCar,
        availability,
        notes);
  }

  /** The minimal data of a person, everything else unknown. */
  public static PersonalData of(
      String firstName, String lastName, LocalDate birthDate, Gender gender, String citizenship) {
    return new PersonalData(
        firstName,
        lastName,
        birthDate,
        gender,
        citizenship,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Field name to value, for audit diffs and exports; sets are sorted. */
  public Map<String, Object> fields() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("firstName", firstName);
    map.put("lastName", lastName);
    map.put("birthDate", birthDate);
    map.put("gender", gender);
    map.put("citizenship", citizenship);
    map.put("municipality", municipality);
    map.put("zone", zone);
    map.put("email", email);
    map.put("phone", phone);
    map.put("education", education);
    map.put("italianLevel", italianLevel);
    map.put("languages", new TreeSet<>(languages));
    map.put("licences", sorted(licences, Licence.class));
    map.put("professions", new TreeSet<>(professions));
    map.put("employmentStatus", employmentStatus);
    map.put("didDate", didDate);
    map.put("difficulties", sorted(difficulties, Difficulty.class));
    map.put("hasCar", hasCar);
    map.put("availability", sorted(availability, Shift.class));
    map.put("notes", notes);
    return map;
  }

  /** Names of the fields whose value differs in {@code other}. */
  public Set<String> changedIn(PersonalData other) {
    Map<String, Object> mine = fields();
    Map<String, Object> theirs = other.fields();
    Set<String> changed = new TreeSet<>();
    mine.forEach(
        (name, value) -> {
          if (!Objects.equals(value, theirs.get(name))) {
            changed.add(name);
          }
        });
    return changed;
  }

  private static <E extends Enum<E>> Set<E> sorted(Set<E> set, Class<E> type) {
    return set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
  }
}
