package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a territory declares about itself, in {@code tenants/<id>/tenant.yaml} or in the onboarding
 * API: the same field names in both. Built only through {@link TenantDescriptorParser}, which
 * checks every field.
 *
 * @param id stable tenant id
 * @param name display name, e.g. "Bergamo - #Focus / Sistema Lavoro"
 * @param region ISTAT region code, two digits ("03" Lombardia, "08" Emilia-Romagna)
 * @param locale BCP 47 language tag, e.g. "it-IT"
 * @param timeZone IANA time zone, e.g. "Europe/Rome"
 * @param zones the territory's zones (ambiti), in display order
 * @param partners partner organisations of the programme
 * @param firstInterviewSlaDays target days from registration to first interview
 * @param federation whether the tenant takes part in federated reports
 * @param scales named scales with their ordered levels (e.g. employability)
 * @param plugins enabled plugins by id, with their configuration
 * @param privacyNotice the version of the privacy notice candidates consent to now
 * @param privacyNoticeText the notice itself by language ({@code it}, {@code en}); empty: the
 *     platform's standard notice naming the territory
 * @param matchingWeights weight of each soft matching criterion, 0-100; see {@link
 *     TenantDescriptorParser#DEFAULT_MATCHING_WEIGHTS}
 * @param municipalities the ISTAT municipalities of the territory's provinces and their zones; null
 *     when the territory declares none (then a municipality is free text)
 */
public record TenantDescriptor(
    TenantId id,
    String name,
    String region,
    String locale,
    String timeZone,
    List<String> zones,
    List<String> partners,
    int firstInterviewSlaDays,
    boolean federation,
    Map<String, List<String>> scales,
    Map<String, Map<String, Object>> plugins,
    String privacyNotice,
    Map<String, String> privacyNoticeText,
    Map<String, Integer> matchingWeights,
    TerritoryMunicipalities municipalities) {

  public TenantDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timeZone, "timeZone");
    zones = List.copyOf(zones);
    partners = List.copyOf(partners);
    scales = Map.copyOf(scales);
    plugins = Map.copyOf(plugins);
    Objects.requireNonNull(privacyNotice, "privacyNotice");
    privacyNoticeText = Map.copyOf(privacyNoticeText);
    matchingWeights = Map.copyOf(matchingWeights);
  }

  /**
   * The descriptor as plain maps and lists with the field names of the YAML and JSON forms; {@link
   * TenantDescriptorParser#parse} of the result gives an equal descriptor.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id.value());
    map.put("name", name);
    map.put("region", region);
    map.put("locale", locale);
    map.put("timeZone", timeZone);
    map.put("zones", zones);
    map.put("partners", partners);
    map.put("firstInterviewSlaDays", firstInterviewSlaDays);
    map.put("federation", federation);
    map.put("scales", new java.util.TreeMap<>(scales));
    map.put("plugins", new java.util.TreeMap<>(plugins));
    map.put("privacyNotice", privacyNotice);
    if (!privacyNoticeText.isEmpty()) {
      map.put("privacyNoticeText", new java.util.TreeMap<>(privacyNoticeText));
    }
    map.put("matchingWeights", new java.util.TreeMap<>(matchingWeights));
    if (municipalities != null) {
      map.put("municipalities", municipalities.toMap());
    }
    return map;
  }
}
