package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.domain.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a tenant descriptor from plain maps and lists (parsed YAML or JSON) and reports every
 * invalid field at once, each with its JSON Pointer.
 */
public final class TenantDescriptorParser {

  /** Longest display name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Longest first-interview target accepted, in days. */
  public static final int MAX_SLA_DAYS = 365;

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "name",
          "region",
          "locale",
          "timeZone",
          "zones",
          "partners",
          "firstInterviewSlaDays",
          "federation",
          "scales",
          "plugins",
          "privacyNotice",
          "privacyNoticeText",
          "matchingWeights",
          "municipalities");

  /** The privacy notice version of a territory that does not name one. */
  public static final String DEFAULT_PRIVACY_NOTICE = "1";

  /**
   * Weights of the soft matching criteria when the territory does not set them. A territory's
   * {@code matchingWeights} overrides some or all of them; 0 switches a criterion off.
   */
  public static final Map<String, Integer> DEFAULT_MATCHING_WEIGHTS =
      Map.of(
          "licences", 20,
          "italianLevel", 15,
          "education", 10,
          "car", 10,
          "zone", 15,
          "sector", 15,
          "readiness", 10,
          "schedules", 5);

  /** Outcome of parsing: a descriptor, or the list of what is wrong. */
  public record Result(TenantDescriptor descriptor, List<FieldError> errors) {

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  private TenantDescriptorParser() {}

  /** Parses and validates a descriptor given as a map of its fields. */
  public static Result parse(Map<?, ?> raw) {
    List<FieldError> errors = new ArrayList<>();
    if (raw == null) {
      return new Result(null, List.of(new FieldError("", "a descriptor object is required")));
    }
    for (Object key : raw.keySet()) {
      if (!FIELDS.contains(String.valueOf(key))) {
        errors.add(
            new FieldError(
                "/" + key, "unknown field; known fields are " + new java.util.TreeSet<>(FIELDS)));
      }
    }

    TenantId id = null;
    Object rawId = raw.get("id");
    if (rawId == null) {
      errors.add(new FieldError("/id", "is required"));
    } else if (!(rawId instanceof String s) || !TenantId.isValid(s)) {
      errors.add(
          new FieldError(
              "/id",
              "must match "
                  + TenantId.PATTERN.pattern()
                  + ": 2-40 lower-case letters, digits or hyphens, starting with a letter"));
    } else {
      id = TenantId.of(s);
    }

    String name = requiredText(raw, "name", MAX_NAME_LENGTH, errors);
    String region = region(raw.get("region"), errors);
    String locale = locale(raw.get("locale"), errors);
    String timeZone = timeZone(raw.get("timeZone"), errors);
    List<String> zones = textList(raw.get("zones"), "/zones", true, errors);
    List<String> partners = textList(raw.get("partners"), "/partners", false, errors);
    int sla = sla(raw.get("firstInterviewSlaDays"), errors);
    boolean federation = true;
    Object rawFederation = raw.get("federation");
    if (rawFederation instanceof Boolean b) {
      federation = b;
    } else if (rawFederation != null) {
      errors.add(new FieldError("/federation", "must be true or false"));
    }
    Map<String, List<String>> scales = scales(raw.get("scales"), errors);
    Map<String, Map<String, Object>> plugins = plugins(raw.get("plugins"), errors);
    String privacyNotice = DEFAULT_PRIVACY_NOTICE;
    Object rawNotice = raw.get("privacyNotice");
    if (rawNotice instanceof String n && !n.isBlank() && n.length() <= 40) {
      privacyNotice = n.strip();
    } else if (rawNotice instanceof Number n) {
      privacyNotice = n.toString();
    } else if (rawNotice != null) {
      errors.add(new FieldError("/privacyNotice", "must be a version string of at most 40 chars"));
    }
    Map<String, String> noticeText = noticeText(raw.get("privacyNoticeText"), errors);
    Map<String, Integer> weights = weights(raw.get("matchingWeights"), errors);
    TerritoryMunicipalities municipalities =
        municipalities(raw.get("municipalities"), zones, errors);

    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(
        new TenantDescriptor(
            id,
            name,
            region,
            locale,
            timeZone,
            zones,
            partners,
            sla,
            federation,
            scales,
            plugins,
            privacyNotice,
            noticeText,
            weights,
            municipalities),
        List.of());
  }

  /**
   * The territory's municipalities: {@code provinces} (siglas the platform ships ISTAT rows for),
   * {@code zones} (zone to the names of its municipalities) and optionally {@code otherwise} (the
   * zone of every municipality not listed; without it every one must be listed). Each name is a
   * municipality of the provinces, listed once; each zone is one of the territory's.
   */
  private static TerritoryMunicipalities municipalities(
      Object value, List<String> zones, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(
          new FieldError(
              "/municipalities", "must be an object with provinces, zones and otherwise"));
      return null;
    }
    int before = errors.size();
    for (Object key : map.keySet()) {
      if (!Set.of("provinces", "zones", "otherwise").contains(String.valueOf(key))) {
        errors.add(
            new FieldError(
                "/municipalities/" + key, "unknown field; known: provinces, zones, otherwise"));
      }
    }
    List<String> provinces =
        textList(map.get("provinces"), "/municipalities/provinces", true, errors);
    if (provinces == null) {
      provinces = List.of();
    }
    Set<String> shipped = IstatMunicipalities.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      if (!shipped.contains(provinces.get(i))) {
        errors.add(
            new FieldError(
                "/municipalities/provinces/" + i,
                "no ISTAT municipalities are shipped for "
                    + provinces.get(i)
                    + "; provinces shipped: "
                    + shipped
                    + " (add its rows to istat/municipalities.csv)"));
      }
    }
    Map<String, String> byKey = new java.util.HashMap<>();
    for (IstatMunicipalities.Municipality m : IstatMunicipalities.of(provinces)) {
      byKey.put(TerritoryMunicipalities.key(m.name()), m.name());
    }
    Map<String, List<String>> byZone = new java.util.LinkedHashMap<>();
    Set<String> listed = new java.util.HashSet<>();
    Object rawZones = map.get("zones");
    if (!(rawZones instanceof Map<?, ?> zoneMap)) {
      errors.add(
          new FieldError("/municipalities/zones", "must map zones to lists of municipalities"));
    } else {
      for (Map.Entry<?, ?> e : zoneMap.entrySet()) {
        String zone = String.valueOf(e.getKey());
        String pointer = "/municipalities/zones/" + escape(zone);
        if (!zones.contains(zone)) {
          errors.add(new FieldError(pointer, "is not one of the territory's zones: " + zones));
        }
        List<String> names = textList(e.getValue(), pointer, true, errors);
        if (names == null) {
          continue;
        }
        List<String> canonical = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          String found = byKey.get(TerritoryMunicipalities.key(names.get(i)));
          if (found == null) {
            errors.add(
                new FieldError(
                    pointer + "/" + i,
                    "'" + names.get(i) + "' is not an ISTAT municipality of " + provinces));
          } else if (!listed.add(found)) {
            errors.add(new FieldError(pointer + "/" + i, found + " is listed in two zones"));
          } else {
            canonical.add(found);
          }
        }
        byZone.put(zone, canonical);
      }
    }
    String otherwise = null;
    Object rawOtherwise = map.get("otherwise");
    if (rawOtherwise instanceof String o && zones.contains(o)) {
      otherwise = o;
    } else if (rawOtherwise != null) {
      errors.add(
          new FieldError("/municipalities/otherwise", "is not one of the territory's zones"));
    } else {
      List<String> missing =
          byKey.values().stream().filter(n -> !listed.contains(n)).sorted().toList();
      if (!missing.isEmpty()) {
        errors.add(
            new FieldError(
                "/municipalities/zones",
                "every municipality needs a zone (or give otherwise); not listed: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "")));
      }
    }
    return errors.size() > before
        ? null
        : new TerritoryMunicipalities(provinces, byZone, otherwise);
  }

  /** The notice's text by language: {@code it} and {@code en}, each at most 20,000 chars. */
  private static Map<String, String> noticeText(Object raw, List<FieldError> errors) {
    if (raw == null) {
      return Map.of();
    }
    if (!(raw instanceof Map<?, ?> map)) {
      errors.add(new FieldError("/privacyNoticeText", "must map it and en to the notice's text"));
      return Map.of();
    }
    Map<String, String> text = new java.util.TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String language = String.valueOf(e.getKey());
      String pointer = "/privacyNoticeText/" + language;
      if (!language.equals("it") && !language.equals("en")) {
        errors.add(new FieldError(pointer, "is not a language of the notice (it, en)"));
      } else if (!(e.getValue() instanceof String t) || t.isBlank() || t.length() > 20_000) {
        errors.add(new FieldError(pointer, "must be the notice's text, at most 20000 chars"));
      } else {
        text.put(language, t.strip());
      }
    }
    if (!text.isEmpty() && !text.containsKey("it")) {
      errors.add(new FieldError("/privacyNoticeText/it", "is required: the notice in Italian"));
    }
    return text;
  }

  private static String requiredText(
      Map<?, ?> raw, String field, int maxLength, List<FieldError> errors) {
    Object value = raw.get(field);
    if (value == null) {
      errors.add(new FieldError("/" + field, "is required"));
      return null;
    }
    if (!(value instanceof String s) || s.isBlank()) {
      errors.add(new FieldError("/" + field, "must be a non-blank string"));
      return null;
    }
    if (s.length() > maxLength) {
      errors.add(new FieldError("/" + field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return s.strip();
  }

  private static String region(Object value, List<FieldError> errors) {
    String code = null;
    if (value instanceof String s && s.matches("\\d{2}")) {
      code = s;
    } else if (value instanceof Integer i && i > 0 && i < 100) {
      // YAML reads an unquoted 03 as the number 3.
      code = String.format(Locale.ROOT, "%02d", i);
    }
    if (value == null) {
      errors.add(
          new FieldError("/region", "is required (ISTAT region code, e.g. \"03\" for Lombardia)"));
    } else if (code == null || IstatRegion.name(code).isEmpty()) {
      errors.add(new FieldError("/region", "must be an ISTAT region code from \"01\" to \"20\""));
      code = null;
    }
    return code;
  }

  private static String locale(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("/locale", "is required (BCP 47 tag, e.g. \"it-IT\")"));
      return null;
    }
    if (value instanceof String s) {
      Locale locale = Locale.forLanguageTag(s);
      if (ISO_LANGUAGES.contains(locale.getLanguage())
          && locale.toLanguageTag().equalsIgnoreCase(s)) {
        return locale.toLanguageTag();
      }
    }
    errors.add(new FieldError("/locale", "must be a BCP 47 language tag such as \"it-IT\""));
    return null;
  }

  private static String timeZone(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("/timeZone", "is required (IANA zone, e.g. \"Europe/Rome\")"));
      return null;
    }
    if (value instanceof String s && s.contains("/")) {
      try {
        return ZoneId.of(s).getId();
      } catch (DateTimeException e) {
        // reported below
      }
    }
    errors.add(new FieldError("/timeZone", "must be an IANA time zone such as \"Europe/Rome\""));
    return null;
  }

  private static int sla(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("/firstInterviewSlaDays", "is required"));
      return 0;
    }
    if (value instanceof Integer i && i >= 1 && i <= MAX_SLA_DAYS) {
      return i;
    }
    errors.add(
        new FieldError(
            "/firstInterviewSlaDays", "must be a whole number of days from 1 to " + MAX_SLA_DAYS));
    return 0;
  }

  private static List<String> textList(
      Object value, String pointer, boolean required, List<FieldError> errors) {
    if (value == null) {
      if (required) {
        errors.add(new FieldError(pointer, "is required (a list, possibly empty)"));
      }
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      errors.add(new FieldError(pointer, "must be a list of strings"));
      return List.of();
    }
    List<String> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof String s) || s.isBlank() || s.length() > MAX_NAME_LENGTH) {
        errors.add(
            new FieldError(
                pointer + "/" + i,
                "must be a non-blank string of at most " + MAX_NAME_LENGTH + " characters"));
      } else if (!seen.add(s.strip())) {
        errors.add(new FieldError(pointer + "/" + i, "duplicates an earlier entry"));
      } else {
        result.add(s.strip());
      }
    }
    return result;
  }

  private static Map<String, Integer> weights(Object value, List<FieldError> errors) {
    Map<String, Integer> result = new java.util.TreeMap<>(DEFAULT_MATCHING_WEIGHTS);
    if (value == null) {
      return result;
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("/matchingWeights", "must be an object of criterion to weight"));
      return result;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String pointer = "/matchingWeights/" + escape(key);
      if (!DEFAULT_MATCHING_WEIGHTS.containsKey(key)) {
        errors.add(
            new FieldError(
                pointer,
                "unknown criterion; known ones are "
                    + new java.util.TreeSet<>(DEFAULT_MATCHING_WEIGHTS.keySet())));
      } else if (!(entry.getValue() instanceof Number n)
          || n.doubleValue() != Math.rint(n.doubleValue())
          || n.intValue() < 0
          || n.intValue() > 100) {
        errors.add(new FieldError(pointer, "must be a whole number from 0 to 100"));
      } else {
        result.put(key, n.intValue());
      }
    }
    return result;
  }

  /**
   * The assessment scales a descriptor may name, with the number of levels each has: the levels are
   * the territory's words for the platform's values, in order (profileType: STRONG, IN_TARGET,
   * FRAGILE; readiness: READY, NOT_READY, ASSESSMENT_ONGOING; employability: IMMEDIATELY,
   * WITH_SUPPORT, WITH_PATHWAY, POORLY). A territory without an employability scale records none.
   */
  static final Map<String, Integer> ASSESSMENT_SCALES =
      Map.of("profileType", 3, "readiness", 3, "employability", 4);

  private static Map<String, List<String>> scales(Object value, List<FieldError> errors) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("/scales", "must be an object of scale name to list of levels"));
      return Map.of();
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String pointer = "/scales/" + escape(key);
      if (!key.matches("[a-zA-Z][a-zA-Z0-9-]{0,59}")) {
        errors.add(new FieldError(pointer, "scale names are letters, digits and hyphens"));
        continue;
      }
      List<String> levels = textList(entry.getValue(), pointer, true, errors);
      if (entry.getValue() instanceof List<?> l && l.isEmpty()) {
        errors.add(new FieldError(pointer, "a scale needs at least one level"));
      }
      Integer expected = ASSESSMENT_SCALES.get(key);
      if (expected != null && entry.getValue() instanceof List<?> l && l.size() != expected) {
        errors.add(
            new FieldError(
                pointer,
                "the "
                    + key
                    + " scale names the territory's words for the platform's "
                    + expected
                    + " levels, in their order; it has "
                    + l.size()));
      }
      result.put(key, levels);
    }
    return result;
  }

  private static Map<String, Map<String, Object>> plugins(Object value, List<FieldError> errors) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add(new FieldError("/plugins", "must be an object of plugin id to configuration"));
      return Map.of();
    }
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String pointer = "/plugins/" + escape(key);
      if (!TenantId.PATTERN.matcher(key).matches()) {
        errors.add(
            new FieldError(pointer, "plugin ids are lower-case letters, digits and hyphens"));
        continue;
      }
      Object config = entry.getValue();
      if (config == null) {
        result.put(key, Map.of());
      } else if (config instanceof Map<?, ?> c) {
        Map<String, Object> copy = new LinkedHashMap<>();
        c.forEach((k, v) -> copy.put(String.valueOf(k), v));
        result.put(key, copy);
      } else {
        errors.add(new FieldError(pointer, "a plugin's configuration must be an object"));
      }
    }
    return result;
  }

  /** Escapes a key for use as a JSON Pointer segment (RFC 6901). */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
