package it.ponte.company.interfaces;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.Contract;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the company resources. */
public final class CompanyDtos {

  private CompanyDtos() {}

  /**
   * A company to register. A class with public fields rather than a record: Payara's OpenAPI
   * generator fails on Bean Validation annotations placed on record components.
   */
  @Schema(name = "NewCompany", description = "A company to register.")
  public static class NewCompany {

    @Schema(required = true, example = "Officine Seriane Srl")
    @NotBlank
    @Size(max = 200)
    public String name;

    @Schema(
        required = true,
        description = "Partita IVA, 11 digits with check digit",
        example = "12345678903")
    @NotNull
    public String vatNumber;

    @Schema(description = "ATECO 2025 code", example = "25.62.00")
    @Pattern(
        regexp = "\\d{2}(\\.\\d{1,2}){0,2}",
        message = "must be an ATECO code such as 25.62.00")
    public String atecoCode;

    @Schema(description = "Date of formal adhesion to the Board")
    public LocalDate boardJoinedOn;

    @Schema(description = "Date the company left the Board, if it did")
    public LocalDate boardLeftOn;

    public Company.Size size;

    @Size(max = 300)
    public String address;

    @Email
    @Size(max = 200)
    public String email;

    @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number")
    public String phone;
  }

  @Schema(name = "Company", description = "A company of the territory.")
  public record CompanyView(
      long id,
      String name,
      String vatNumber,
      String atecoCode,
      LocalDate boardJoinedOn,
      LocalDate boardLeftOn,
      Company.Size size,
      String address,
      String email,
      String phone,
      OffsetDateTime createdAt,
      @Schema(description = "Number of personnel requests") int vacancyCount) {

    static CompanyView of(Company c, long vacancyCount) {
      return new CompanyView(
          c.id(),
          c.name(),
          c.vatNumber(),
          c.atecoCode(),
          c.boardJoinedOn(),
          c.boardLeftOn(),
          c.size(),
          c.address(),
          c.email(),
          c.phone(),
          c.createdAt(),
          (int) vacancyCount);
    }
  }

  @Schema(name = "CompanyPage", description = "A page of companies ordered by id.")
  public record CompanyPage(List<CompanyView> items, long total, int offset, int limit) {}

  /** A personnel request to open (a class for the same reason as {@link NewCompany}). */
  @Schema(name = "NewVacancy", description = "A personnel request to open.")
  public static class NewVacancy {

    @Schema(example = "Magazziniere con patentino muletto")
    @Size(max = 200)
    public String title;

    @Schema(required = true, description = "ISTAT CP2021 profession code", example = "8.1.4.3.0")
    @NotNull
    @Pattern(regexp = "[1-9](\\.\\d){0,4}", message = "must be a CP2021 code such as 8.1.4.3.0")
    public String profession;

    @Schema(required = true, example = "2")
    @Min(1)
    @Max(1000)
    public int positions;

    @Schema(description = "The contract offered")
    public Contract contract;

    @Schema(description = "Where the work is", example = "Seriate")
    @Size(max = 100)
    public String municipality;

    @Schema(description = "One of the territory's zones", example = "Bassa")
    public String zone;

    @Schema(description = "Sector of employability, used in matching")
    public Assessment.Sector sector;

    public Set<Shift> shifts;

    @Valid public List<RequirementBody> requirements;

    VacancyDetails toDetails() {
      return new VacancyDetails(
          title == null || title.isBlank() ? null : title.strip(),
          profession,
          positions,
          contract,
          municipality == null || municipality.isBlank() ? null : municipality.strip(),
          zone,
          sector,
          shifts,
          requirements == null
              ? List.of()
              : requirements.stream().map(RequirementBody::toRequirement).toList());
    }
  }

  /** One requirement of a vacancy. */
  @Schema(
      name = "Requirement",
      description =
          "A licence (value: a Licence), an Italian level or education (value: the minimum), or a"
              + " car (no value). Mandatory ones filter candidates out of matching; the others"
              + " weigh in the score.")
  public static class RequirementBody {

    @Schema(required = true)
    @NotNull
    public Requirement.Kind kind;

    @Schema(example = "FORKLIFT")
    public String value;

    public boolean mandatory;

    Requirement toRequirement() {
      return new Requirement(kind, value, mandatory);
    }
  }

  @Schema(name = "Vacancy", description = "A personnel request (richiesta di personale).")
  public record VacancyView(
      long id,
      long version,
      long companyId,
      String companyName,
      String title,
      String profession,
      int positions,
      Contract contract,
      String municipality,
      String zone,
      Assessment.Sector sector,
      List<Shift> shifts,
      List<Requirement> requirements,
      Vacancy.Status status,
      OffsetDateTime createdAt) {

    public static VacancyView of(Vacancy v, String companyName) {
      VacancyDetails d = v.details();
      return new VacancyView(
          v.id(),
          v.version(),
          v.companyId(),
          companyName,
          d.title(),
          d.profession(),
          d.positions(),
          d.contract(),
          d.municipality(),
          d.zone(),
          d.sector(),
          d.shifts().stream().sorted().toList(),
          d.requirements(),
          v.status(),
          v.createdAt());
    }
  }

  @Schema(name = "VacancyPage", description = "A page of vacancies, newest first.")
  public record VacancyPage(List<VacancyView> items, long total, int offset, int limit) {}
}
