package it.ponte.demo.application;

import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.DemoDataContributor;
import it.ponte.api.plugin.DemoDataContributor.DemoTerritory;
import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateFilter;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Consent;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.Difficulty;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.Gender;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.InterviewRepository;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.candidate.domain.ReferralSource;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.CompanyRepository;
import it.ponte.company.domain.Contract;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.company.domain.VatNumber;
import it.ponte.demo.domain.DemoRecipe;
import it.ponte.demo.domain.DemoVocabulary;
import it.ponte.demo.domain.Draw;
import it.ponte.demo.infrastructure.YamlDemoRecipes;
import it.ponte.events.application.DomainEvents;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.domain.SelectionRepository;
import it.ponte.matching.domain.SelectionStage;
import it.ponte.placement.application.PlacementService;
import it.ponte.placement.domain.Placement;
import it.ponte.placement.domain.PlacementLink;
import it.ponte.placement.domain.PlacementRepository;
import it.ponte.placement.domain.PlacementTerms;
import it.ponte.placement.domain.PlacementType;
import it.ponte.placement.domain.TraineeCategory;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TerritoryMunicipalities;
import it.ponte.training.domain.Course;
import it.ponte.training.domain.CourseCategory;
import it.ponte.training.domain.CourseRepository;
import it.ponte.training.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one territory's demo data from its recipe, in one transaction of the request's tenant.
 * Every person and company is invented: names are drawn from lists of common names, VAT numbers are
 * computed, nothing comes from real records.
 */
@ApplicationScoped
@Transactional
public class DemoDataGenerator {

  /** The actor recorded on demo rows. */
  static final String ACTOR = "demo-data";

  @Inject CandidateRepository candidates;

  @Inject InterviewRepository interviews;

  @Inject CompanyRepository companies;

  @Inject SelectionRepository selections;

  @Inject PlacementRepository placements;

  @Inject CourseRepository courses;

  @Inject DomainEvents events;

  @Inject YamlDemoRecipes recipes;

  @Inject TenantSql sql;

  @Inject PluginRegistry registry;

  @Inject CurrentTenantPlugins plugins;

  /** Who sends people to the programme when the recipe does not say. */
  private static final Map<String, Integer> REFERRAL =
      Map.of(
          "SOCIAL_SERVICES",
          35,
          "JOB_CENTRE",
          30,
          "PARTNER",
          15,
          "SELF_REGISTRATION",
          12,
          "OTHER",
          8);

  /** A person who left the protocol, and whether it was for work. */
  private record Exit(Candidate person, OffsetDateTime at, boolean employed) {}

  /** What was made, for the log. */
  public record Made(
      int candidates, int companies, int vacancies, int placements, int courses, int surveys) {}

  /** Whether the tenant already has data, in which case the demo leaves it alone. */
  public boolean hasData() {
    return candidates.count(CandidateFilter.ALL) > 0 || !companies.list(0, 1).isEmpty();
  }

  /** Fills the request's tenant from the recipe. */
  public Made fill(TenantDescriptor territory, DemoRecipe recipe) {
    Draw draw = new Draw(recipe.seed());
    DemoVocabulary words = recipes.vocabulary();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    Map<String, Map<String, Integer>> shares = recipe.shares();

    List<Company> firms = new ArrayList<>();
    List<Vacancy> vacancies = new ArrayList<>();
    long vatBase = 100_000_000L + recipe.seed() % 1_000_000 * 1_000;
    for (int i = 0; i < recipe.companies(); i++) {
      String name =
          draw.one(words.companyWords())
              + " "
              + draw.one(words.surnames())
              + " "
              + draw.one(List.of("Srl", "Spa", "Soc. Coop.", "Snc"));
      LocalDate joined =
          draw.chance(80) ? now.toLocalDate().minusDays(draw.between(30, 1_000)) : null;
      Company c =
          new Company(
              name, vat(vatBase + i), draw.one(words.ateco()), joined, now.minusDays(1_100), ACTOR);
      c.describe(
          draw.weighted(
              Company.Size.class, Map.of("MICRO", 40, "SMALL", 40, "MEDIUM", 15, "LARGE", 5)),
          "Via "
              + draw.one(words.surnames())
              + " "
              + draw.between(1, 120)
              + ", "
              + draw.one(territory.zones()),
          null,
          null,
          joined != null && draw.chance(5) ? joined.plusDays(draw.between(30, 300)) : null);
      companies.add(c);
      firms.add(c);
      for (int v = draw.between(0, 3); v > 0; v--) {
        Assessment.Sector sector = draw.weighted(Assessment.Sector.class, null);
        List<Requirement> requirements = new ArrayList<>();
        if (sector == Assessment.Sector.LOGISTICS && draw.chance(60)) {
          requirements.add(new Requirement(Requirement.Kind.LICENCE, "FORKLIFT", draw.chance(50)));
        }
        if (sector == Assessment.Sector.CARE) {
          requirements.add(
              new Requirement(Requirement.Kind.LICENCE, draw.one(List.of("OSS", "ASA")), true));
        }
        if (draw.chance(50)) {
          requirements.add(
              new Requirement(
                  Requirement.Kind.ITALIAN_LEVEL, draw.one(List.of("A2", "B1", "B2")), false));
        }
        if (draw.chance(30)) {
          requirements.add(new Requirement(Requirement.Kind.CAR, null, false));
        }
        Vacancy vacancy =
            c.openVacancy(
                new VacancyDetails(
                    null,
                    draw.one(words.professions(sector)),
                    draw.between(1, 4),
                    // Requests offer the contracts the territory's placements have.
                    draw.weighted(Contract.class, withoutSelfEmployed(shares.get("contract"))),
                    null,
                    draw.one(territory.zones()),
                    sector,
                    Set.of(
                        draw.weighted(
                            Shift.class,
                            Map.of("MORNING", 50, "AFTERNOON", 30, "NIGHT", 10, "WEEKEND", 10))),
                    requirements),
                now.minusDays(draw.between(1, recipe.months() * 30)),
                ACTOR);
        companies.add(vacancy);
        vacancies.add(vacancy);
      }
    }

    // A few companies take most placements, mostly Board members; many take one (the skewed draw
    // favours the first of this order).
    List<Company> placing =
        firms.stream()
            .sorted(Comparator.comparing((Company f) -> f.boardJoinedOn() == null))
            .toList();
    List<TerritoryMunicipalities.Place> places =
        territory.municipalities() == null ? List.of() : territory.municipalities().places();
    List<Candidate> everyone = new ArrayList<>();
    List<Candidate> assessed = new ArrayList<>();
    List<Placement> made = new ArrayList<>();
    List<Exit> exits = new ArrayList<>();
    Map<Long, Integer> hires = new HashMap<>();
    for (int i = 0; i < recipe.candidates(); i++) {
      OffsetDateTime registered =
          now.minusDays(draw.between(0, recipe.months() * 30)).minusHours(draw.between(0, 10));
      Candidate c =
          new Candidate(person(draw, words, territory, places, registered), registered, ACTOR);
      candidates.add(c);
      everyone.add(c);
      ReferralSource referral =
          draw.weighted(ReferralSource.class, shares.getOrDefault("referral", REFERRAL));
      if (referral == ReferralSource.PARTNER && territory.partners().isEmpty()) {
        referral = ReferralSource.OTHER;
      }
      c.referredBy(
          referral, referral == ReferralSource.PARTNER ? draw.one(territory.partners()) : null);
      candidates.addConsent(
          new Consent(
              c.id(),
              territory.privacyNotice(),
              EnumSet.of(ConsentPurpose.PROGRAMME, ConsentPurpose.SHARING_WITH_COMPANIES),
              registered,
              Consent.Source.OPERATOR));
      OffsetDateTime interviewAt = registered.plusDays(draw.between(3, 25));
      // The interview ends an hour after it starts: both in the past, or no interview yet (an
      // assessment dated in the future is a history no territory has, and no import takes).
      if (interviewAt.plusHours(1).isAfter(now) || !draw.chance(88)) {
        continue;
      }
      Assessment.ProfileType profile =
          draw.weighted(Assessment.ProfileType.class, shares.get("profileType"));
      Assessment assessment =
          new Assessment(
              profile,
              draw.weighted(Assessment.Readiness.class, shares.get("readiness")),
              // A territory without an employability scale records none.
              territory.scales().containsKey("employability")
                  ? draw.weighted(Assessment.Employability.class, shares.get("employability"))
                  : null,
              Set.of(draw.weighted(Assessment.Sector.class, null)));
      Interview interview = new Interview(c.id(), interviewAt);
      interview.complete(assessment, interviewAt.plusHours(1), ACTOR);
      interviews.add(interview);
      c.interviewed(assessment, interviewAt.plusHours(1));
      OffsetDateTime inProtocol = interviewAt.plusDays(draw.between(1, 7));
      if (inProtocol.isAfter(now)) {
        continue;
      }
      if (draw.chance(8)) {
        OutOfProtocolReason reason =
            draw.one(
                List.of(OutOfProtocolReason.UNREACHABLE, OutOfProtocolReason.NOT_COLLABORATING));
        if (reason == OutOfProtocolReason.NOT_COLLABORATING) {
          // The evidence the platform asks for: two interviews the person did not come to.
          for (int hours : new int[] {20, 22}) {
            Interview missed = new Interview(c.id(), interviewAt.plusHours(hours));
            missed.missed(interviewAt.plusHours(hours + 1), ACTOR);
            interviews.add(missed);
          }
        }
        c.moveTo(CandidateStatus.OUT_OF_PROTOCOL, reason, inProtocol);
        OffsetDateTime back = inProtocol.plusDays(draw.between(40, 120));
        if (reason == OutOfProtocolReason.UNREACHABLE && back.isBefore(now) && draw.chance(35)) {
          // Found again: readmitted, and back in the protocol a few days later.
          c.moveTo(CandidateStatus.READMITTED, null, back);
          if (back.plusDays(5).isBefore(now)) {
            c.moveTo(CandidateStatus.IN_PROTOCOL, null, back.plusDays(5));
            assessed.add(c);
          }
        } else {
          exits.add(new Exit(c, inProtocol, false));
        }
        continue;
      }
      c.moveTo(CandidateStatus.IN_PROTOCOL, null, inProtocol);
      assessed.add(c);
      OffsetDateTime start = inProtocol.plusDays(draw.between(10, 120));
      if (start.isAfter(now) || !draw.chance(recipe.placedPercent())) {
        continue;
      }
      List<Placement> placed = place(draw, c, placing, vacancies, hires, start, now, shares);
      made.addAll(placed);
      Placement last = placed.get(placed.size() - 1);
      LocalDate ended = last.endDate();
      if (ended != null && ended.isBefore(now.toLocalDate().minusDays(1))) {
        OffsetDateTime after = ended.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        if (draw.chance(45)) {
          c.moveTo(CandidateStatus.OUT_OF_PROTOCOL, OutOfProtocolReason.EMPLOYED, after);
          exits.add(new Exit(c, after, true));
        } else if (draw.chance(40)) {
          // The contract ended: the person needs the programme again.
          c.moveTo(CandidateStatus.IN_PROTOCOL, null, after);
        }
      } else if (ended == null && last.startDate().plusDays(120).isBefore(now.toLocalDate())) {
        OffsetDateTime after =
            last.startDate().plusDays(120).atStartOfDay().atOffset(ZoneOffset.UTC);
        if (draw.chance(50)) {
          c.moveTo(CandidateStatus.OUT_OF_PROTOCOL, OutOfProtocolReason.EMPLOYED, after);
          exits.add(new Exit(c, after, true));
        }
      }
    }

    for (Vacancy v : vacancies) {
      if (v.acceptsCandidates() && !assessed.isEmpty() && draw.chance(50)) {
        for (int k = draw.between(1, 3); k > 0; k--) {
          Candidate c = draw.one(assessed);
          if (c.status() != CandidateStatus.IN_PROTOCOL || selections.exists(v.id(), c.id())) {
            continue;
          }
          Selection s =
              new Selection(
                  v.id(),
                  c.id(),
                  Selection.ProposedBy.MATCHING,
                  draw.between(40, 95),
                  v.createdAt().plusDays(2),
                  ACTOR);
          selections.add(s);
          v.selectionStarted();
          if (draw.chance(60)) {
            s.moveTo(SelectionStage.CV_SENT, v.createdAt().plusDays(4));
            if (draw.chance(40)) {
              s.moveTo(
                  draw.one(
                      List.of(
                          SelectionStage.COMPANY_INTERVIEW,
                          SelectionStage.REJECTED,
                          SelectionStage.REFUSED_BY_CANDIDATE)),
                  v.createdAt().plusDays(9));
            }
          }
        }
      }
    }

    for (int i = 0; i < recipe.courses(); i++) {
      CourseCategory category = CourseCategory.values()[i % CourseCategory.values().length];
      LocalDate starts = now.toLocalDate().minusDays(draw.between(60, recipe.months() * 30));
      Course course =
          new Course(
              title(category),
              category,
              draw.one(
                  List.of(
                      "Ente di formazione Lavoro&Futuro",
                      "Scuola Edile",
                      "Fondazione Formazione Territorio")),
              draw.chance(80) ? Course.Mode.IN_PERSON : Course.Mode.REMOTE,
              starts,
              starts.plusDays(draw.between(10, 60)),
              now.minusDays(400),
              ACTOR);
      courses.add(course);
      for (int k = draw.between(8, 22); k > 0 && !assessed.isEmpty(); k--) {
        Candidate c = draw.one(assessed);
        if (courses.enrolment(course.id(), c.id()).isPresent()) {
          continue;
        }
        Enrolment e =
            new Enrolment(
                course.id(),
                c.id(),
                course.startsOn().atStartOfDay().atOffset(ZoneOffset.UTC).minusDays(7));
        courses.add(e);
        if (course.endsOn().isBefore(now.toLocalDate())) {
          e.end(
              draw.chance(88) ? Enrolment.Status.COMPLETED : Enrolment.Status.WITHDRAWN,
              course.endsOn());
        }
      }
    }
    candidates.flush();
    for (Placement placement : made) {
      events.publish(PlacementService.recorded(placement));
    }
    int surveys = followUps(draw, exits, now);
    fillPlugins(territory, recipe, everyone, firms, made);
    return new Made(
        recipe.candidates(),
        firms.size(),
        vacancies.size(),
        made.size(),
        recipe.courses(),
        surveys);
  }

  /**
   * Follow-up surveys of people out of the protocol, three to six months after they left: most
   * answer; those who left for work mostly still work.
   */
  private int followUps(Draw draw, List<Exit> exits, OffsetDateTime now) {
    int surveys = 0;
    for (Exit exit : exits) {
      LocalDate on = exit.at().toLocalDate().plusDays(draw.between(90, 180));
      if (on.isAfter(now.toLocalDate()) || !draw.chance(85)) {
        continue;
      }
      boolean answered = draw.chance(70);
      Boolean working = answered ? draw.chance(exit.employed() ? 80 : 35) : null;
      Contract contract =
          Boolean.TRUE.equals(working)
              ? draw.weighted(
                  Contract.class,
                  Map.of(
                      "FIXED_TERM",
                      55,
                      "PERMANENT",
                      25,
                      "APPRENTICESHIP",
                      8,
                      "ON_CALL",
                      7,
                      "SELF_EMPLOYED",
                      5))
              : null;
      Integer offers =
          answered
              ? draw.weighted(List.of(0, 1, 2, 3, 4), n -> new int[] {40, 30, 18, 8, 4}[n])
              : null;
      sql.update(
          "INSERT INTO follow_up (candidate_id, surveyed_on, answered, working, contract,"
              + " offers_received, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          exit.person().id(),
          on,
          answered,
          working,
          contract == null ? null : contract.name(),
          offers,
          on.atStartOfDay().atOffset(ZoneOffset.UTC),
          ACTOR);
      surveys++;
    }
    return surveys;
  }

  /** Hands the people and companies made to each enabled plugin's demo contributor. */
  private void fillPlugins(
      TenantDescriptor territory,
      DemoRecipe recipe,
      List<Candidate> everyone,
      List<Company> firms,
      List<Placement> made) {
    Map<Long, LocalDate> firstPlaced = new HashMap<>();
    Map<Long, Integer> atCompany = new HashMap<>();
    Map<Long, LocalDate> firstAtCompany = new HashMap<>();
    for (Placement p : made) {
      firstPlaced.merge(p.candidateId(), p.startDate(), (a, b) -> a.isBefore(b) ? a : b);
      atCompany.merge(p.companyId(), 1, Integer::sum);
      firstAtCompany.merge(p.companyId(), p.startDate(), (a, b) -> a.isBefore(b) ? a : b);
    }
    List<DemoTerritory.Person> people =
        everyone.stream()
            .map(
                c ->
                    new DemoTerritory.Person(
                        c.id(),
                        c.registeredAt().toLocalDate(),
                        c.status().name(),
                        firstPlaced.get(c.id())))
            .toList();
    List<DemoTerritory.Organisation> organisations =
        firms.stream()
            .map(
                f ->
                    new DemoTerritory.Organisation(
                        f.id(),
                        f.name(),
                        f.vatNumber(),
                        atCompany.getOrDefault(f.id(), 0),
                        firstAtCompany.get(f.id())))
            .sorted(
                Comparator.comparingInt(DemoTerritory.Organisation::placements)
                    .reversed()
                    .thenComparingLong(DemoTerritory.Organisation::id))
            .toList();
    LocalDate today = LocalDate.now(ZoneId.of(territory.timeZone()));
    for (DemoDataContributor contributor :
        registry.extensions(DemoDataContributor.class, plugins.enabledIds())) {
      contributor.fill(
          new DemoTerritory(
              recipe.seed(),
              today,
              people,
              organisations,
              recipe.plugins().getOrDefault(contributor.pluginId(), Map.of())));
    }
  }

  /**
   * Places a person: now and then through a Board request still open (the selection ends in a
   * hiring that produced the placement, and the request fills at its hires); otherwise at a company
   * drawn so that a few take most placements and many take one. Returns the placements made: the
   * first, and a renewal or transformation of it.
   */
  private List<Placement> place(
      Draw draw,
      Candidate c,
      List<Company> firms,
      List<Vacancy> vacancies,
      Map<Long, Integer> hires,
      OffsetDateTime start,
      OffsetDateTime now,
      Map<String, Map<String, Integer>> shares) {
    PlacementType type = draw.weighted(PlacementType.class, shares.get("placementType"));
    Vacancy vacancy = null;
    if (type == PlacementType.HIRING && draw.chance(45)) {
      List<Vacancy> open =
          vacancies.stream()
              .filter(v -> v.acceptsCandidates() && v.createdAt().isBefore(start.minusDays(7)))
              .toList();
      if (!open.isEmpty()) {
        vacancy = draw.one(open);
      }
    }
    Company firm;
    if (vacancy != null) {
      long companyId = vacancy.companyId();
      firm = firms.stream().filter(f -> f.id() == companyId).findFirst().orElseThrow();
    } else {
      firm = draw.skewed(firms);
    }
    Contract requested =
        vacancy == null || vacancy.details().contract() == Contract.SELF_EMPLOYED
            ? null
            : vacancy.details().contract();
    Contract contract =
        requested != null
            ? requested
            : switch (type) {
              case HIRING ->
                  draw.weighted(Contract.class, withoutSelfEmployed(shares.get("contract")));
              case MINI_JOB -> draw.chance(70) ? Contract.FIXED_TERM : Contract.ON_CALL;
              case SELF_EMPLOYMENT -> Contract.SELF_EMPLOYED;
              case STAGE, TIROCINIO -> null;
            };
    LocalDate from = start.toLocalDate();
    LocalDate to =
        switch (type) {
          case STAGE, TIROCINIO -> from.plusMonths(draw.between(3, 6)).minusDays(1);
          case SELF_EMPLOYMENT -> null;
          default ->
              contract == Contract.PERMANENT
                  ? null
                  : from.plusMonths(draw.between(3, 12)).minusDays(1);
        };
    BigDecimal hours =
        BigDecimal.valueOf(
            type == PlacementType.MINI_JOB ? draw.between(8, 19) : draw.between(20, 40));
    Placement first =
        new Placement(
            new PlacementTerms(
                c.id(),
                firm.id(),
                vacancy == null ? null : vacancy.id(),
                type,
                contract,
                from,
                to,
                hours,
                type == PlacementType.TIROCINIO || type == PlacementType.STAGE
                    ? BigDecimal.valueOf(draw.chance(85) ? 500 : 450)
                    : null,
                type == PlacementType.TIROCINIO ? TraineeCategory.STANDARD : null),
            start,
            ACTOR);
    placements.add(first);
    c.moveTo(CandidateStatus.PLACED, null, start);
    if (vacancy != null) {
      Selection hired =
          new Selection(
              vacancy.id(),
              c.id(),
              Selection.ProposedBy.MATCHING,
              draw.between(60, 95),
              start.minusDays(draw.between(5, 20)),
              ACTOR);
      selections.add(hired);
      vacancy.selectionStarted();
      hired.moveTo(SelectionStage.CV_SENT, start.minusDays(4));
      hired.moveTo(SelectionStage.COMPANY_INTERVIEW, start.minusDays(2));
      hired.moveTo(SelectionStage.HIRED, start.minusDays(1));
      hired.produced(first.id());
      if (hires.merge(vacancy.id(), 1, Integer::sum) >= vacancy.positions()) {
        vacancy.filled();
      }
    }
    List<Placement> made = new ArrayList<>(List.of(first));
    if (to != null && to.isBefore(now.toLocalDate()) && draw.chance(30)) {
      boolean training = type == PlacementType.STAGE || type == PlacementType.TIROCINIO;
      if (training && draw.chance(35)) {
        // The stage is extended a few months at the same company.
        LocalDate nextFrom = to.plusDays(1);
        Placement extension =
            new Placement(
                new PlacementTerms(
                    c.id(),
                    firm.id(),
                    null,
                    type,
                    null,
                    nextFrom,
                    nextFrom.plusMonths(draw.between(2, 3)).minusDays(1),
                    hours,
                    first.monthlyAllowance(),
                    first.traineeCategory()),
                nextFrom.atStartOfDay().atOffset(ZoneOffset.UTC),
                ACTOR);
        extension.follows(first, PlacementLink.EXTENSION);
        placements.add(extension);
        made.add(extension);
        return made;
      }
      Contract next =
          training ? draw.chance(50) ? Contract.FIXED_TERM : Contract.APPRENTICESHIP : contract;
      if (next != null && next != Contract.SELF_EMPLOYED) {
        LocalDate nextFrom = to.plusDays(1);
        Placement follow =
            new Placement(
                new PlacementTerms(
                    c.id(),
                    firm.id(),
                    null,
                    PlacementType.HIRING,
                    next,
                    nextFrom,
                    next == Contract.PERMANENT
                        ? null
                        : nextFrom.plusMonths(draw.between(6, 12)).minusDays(1),
                    hours,
                    null,
                    null),
                nextFrom.atStartOfDay().atOffset(ZoneOffset.UTC),
                ACTOR);
        follow.follows(first, training ? PlacementLink.TRANSFORMATION : PlacementLink.RENEWAL);
        placements.add(follow);
        made.add(follow);
      }
    }
    return made;
  }

  private static Map<String, Integer> withoutSelfEmployed(Map<String, Integer> contract) {
    if (contract == null) {
      return Map.of("FIXED_TERM", 80, "PERMANENT", 14, "ON_CALL", 2);
    }
    Map<String, Integer> copy = new java.util.LinkedHashMap<>(contract);
    copy.remove("SELF_EMPLOYED");
    return copy;
  }

  private static String title(CourseCategory category) {
    return switch (category) {
      case ITALIAN -> "Italiano per il lavoro (A2-B1)";
      case SOFT_SKILLS -> "Competenze trasversali e colloquio di lavoro";
      case TECHNICAL -> "Operatore socio-sanitario (OSS)";
      case SAFETY -> "Sicurezza sul lavoro - formazione generale";
      case HACCP -> "HACCP per addetti alimentari";
      case DYNAMIC_CV -> "CV dinamico";
      case SKILLS_ASSESSMENT -> "Bilancio di competenze";
    };
  }

  private static PersonalData person(
      Draw draw,
      DemoVocabulary words,
      TenantDescriptor territory,
      List<TerritoryMunicipalities.Place> places,
      OffsetDateTime registered) {
    // Where they live: a municipality of the territory drawn by its population, and its zone.
    TerritoryMunicipalities.Place home =
        places.isEmpty() ? null : draw.weighted(places, TerritoryMunicipalities.Place::population);
    Gender gender = draw.chance(52) ? Gender.FEMALE : Gender.MALE;
    boolean italian = draw.chance(55);
    String first = draw.one(gender == Gender.FEMALE ? words.female() : words.male());
    String last = draw.one(words.surnames());
    LocalDate birth =
        registered.toLocalDate().minusYears(draw.between(18, 64)).minusDays(draw.between(0, 364));
    Education education =
        draw.weighted(
            Education.class,
            Map.of(
                "NONE",
                5,
                "PRIMARY",
                8,
                "LOWER_SECONDARY",
                40,
                "VOCATIONAL_QUALIFICATION",
                17,
                "UPPER_SECONDARY",
                22,
                "DEGREE",
                7,
                "POSTGRADUATE",
                1));
    Set<Licence> licences = EnumSet.noneOf(Licence.class);
    if (draw.chance(45)) {
      licences.add(Licence.DRIVING_B);
    }
    for (Licence l :
        List.of(
            Licence.FORKLIFT,
            Licence.HACCP,
            Licence.SAFETY,
            Licence.OSS,
            Licence.ASA,
            Licence.DRIVING_C)) {
      if (draw.chance(l == Licence.SAFETY ? 20 : 7)) {
        licences.add(l);
      }
    }
    EmploymentStatus status =
        draw.weighted(
            EmploymentStatus.class,
            Map.of(
                "UNEMPLOYED",
                70,
                "UNDEREMPLOYED",
                10,
                "SHORT_TIME_WORK",
                3,
                "NASPI",
                9,
                "INCOME_SUPPORT",
                8));
    Set<Difficulty> difficulties = EnumSet.noneOf(Difficulty.class);
    if (!licences.contains(Licence.DRIVING_B) && draw.chance(50)) {
      difficulties.add(Difficulty.MOBILITY);
    }
    if (draw.chance(25)) {
      difficulties.add(Difficulty.SCHEDULES);
    }
    if (!italian && draw.chance(40)) {
      difficulties.add(Difficulty.LANGUAGE);
    }
    if (difficulties.isEmpty()) {
      difficulties.add(Difficulty.NONE);
    }
    Set<Shift> availability = EnumSet.of(Shift.MORNING);
    for (Shift s : List.of(Shift.AFTERNOON, Shift.EVENING, Shift.NIGHT, Shift.WEEKEND)) {
      if (draw.chance(s == Shift.AFTERNOON ? 60 : 20)) {
        availability.add(s);
      }
    }
    String sectorProfession =
        draw.one(words.professions(draw.weighted(Assessment.Sector.class, null)));
    return new PersonalData(
        first,
        last,
        birth,
        gender,
        italian ? "IT" : draw.one(words.foreignCitizenships()),
        home == null ? null : home.name(),
        home == null ? draw.one(territory.zones()) : home.zone(),
        null,
        null,
        education,
        italian
            ? ItalianLevel.NATIVE
            : draw.weighted(
                ItalianLevel.class, Map.of("A1", 15, "A2", 35, "B1", 30, "B2", 15, "C1", 5)),
        italian || draw.chance(50)
            ? Set.of()
            : Set.of(draw.one(List.of("en", "fr", "ar", "ro", "uk"))),
        licences,
        Set.of(sectorProfession),
        status,
        status == EmploymentStatus.UNEMPLOYED
            ? registered.toLocalDate().minusDays(draw.between(1, 700))
            : null,
        difficulties,
        licences.contains(Licence.DRIVING_B) && draw.chance(70),
        availability,
        null);
  }

  /** A valid partita IVA: ten digits from {@code base} and their check digit. */
  static String vat(long base) {
    String ten = String.format("%010d", base % 10_000_000_000L);
    return ten + VatNumber.checkDigit(ten);
  }
}
