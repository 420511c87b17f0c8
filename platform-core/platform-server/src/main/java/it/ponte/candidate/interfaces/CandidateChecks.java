package it.ponte.candidate.interfaces;

import it.ponte.candidate.domain.Difficulty;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateData;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TerritoryMunicipalities;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on a person's data that need more than Bean Validation: code lists and the territory's
 * zones. Shared by the operators' API, the public registration form and historical imports.
 */
public final class CandidateChecks {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /** ISTAT CP2021: one digit per level, up to five levels (e.g. 8.1.4.3.0). */
  private static final Pattern CP2021 = Pattern.compile("[1-9](\\.\\d){0,4}");

  private CandidateChecks() {}

  /**
   * What is wrong with the data, with JSON Pointers; empty when it is fine. Where the territory
   * declares its ISTAT municipalities, the municipality (code or name) is one of them, written as
   * ISTAT writes it, and the zone follows from it: the body is completed with both.
   */
  public static List<FieldError> check(CandidateData body, TenantDescriptor territory) {
    LocalDate today = LocalDate.now(ZoneId.of(territory.timeZone()));
    List<String> zones = territory.zones();
    List<String> partners = territory.partners();
    List<FieldError> errors = new ArrayList<>();
    TerritoryMunicipalities municipalities = territory.municipalities();
    if (municipalities != null && body.municipality != null && !body.municipality.isBlank()) {
      var place = municipalities.find(body.municipality);
      if (place.isEmpty()) {
        errors.add(
            new FieldError(
                "/municipality",
                "is not a municipality of the territory (ISTAT, provinces "
                    + municipalities.provinces()
                    + ")"));
      } else if (body.zone != null && !body.zone.equals(place.get().zone())) {
        errors.add(
            new FieldError("/zone", place.get().name() + " is in the zone " + place.get().zone()));
      } else {
        body.municipality = place.get().name();
        body.zone = place.get().zone();
      }
    }
    if (body.referral == it.ponte.candidate.domain.ReferralSource.PARTNER) {
      if (body.referralPartner == null || !partners.contains(body.referralPartner)) {
        errors.add(
            new FieldError(
                "/referralPartner", "must be one of the territory's partners: " + partners));
      }
    } else if (body.referralPartner != null && !body.referralPartner.isBlank()) {
      errors.add(new FieldError("/referralPartner", "is given only with the PARTNER referral"));
    }
    if (!COUNTRIES.contains(body.citizenship)) {
      errors.add(new FieldError("/citizenship", "is not an ISO 3166-1 country code"));
    }
    if (body.birthDate.isBefore(today.minusYears(100))) {
      errors.add(new FieldError("/birthDate", "is more than 100 years ago"));
    }
    if (body.birthDate.isAfter(today.minusYears(14))) {
      errors.add(new FieldError("/birthDate", "is less than 14 years ago"));
    }
    if (body.didDate != null && body.didDate.isAfter(today)) {
      errors.add(new FieldError("/didDate", "must be a date in the past or in the present"));
    }
    if (body.zone != null && !zones.contains(body.zone)) {
      errors.add(new FieldError("/zone", "is not one of the territory's zones: " + zones));
    }
    if (body.employmentStatus == EmploymentStatus.UNEMPLOYED && body.didDate == null) {
      errors.add(
          new FieldError("/didDate", "is required for an unemployed candidate (date of the DID)"));
    }
    if (body.languages != null) {
      for (String language : body.languages) {
        if (language == null || !LANGUAGES.contains(language)) {
          errors.add(
              new FieldError(
                  "/languages", "'" + language + "' is not an ISO 639-1 code such as en or fr"));
        }
      }
    }
    if (body.professions != null) {
      for (String code : body.professions) {
        if (code == null || !CP2021.matcher(code).matches()) {
          errors.add(
              new FieldError(
                  "/professions", "'" + code + "' is not an ISTAT CP2021 code such as 8.1.4.3.0"));
        }
      }
    }
    if (body.difficulties != null
        && body.difficulties.contains(Difficulty.NONE)
        && body.difficulties.size() > 1) {
      errors.add(
          new FieldError("/difficulties", "NONE cannot be combined with other difficulties"));
    }
    return errors;
  }
}
