package it.ponte.company.interfaces;

import it.ponte.company.domain.Company;
import it.ponte.company.domain.Vacancy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
  }

  @Schema(name = "Company", description = "A company of the territory.")
  public record CompanyView(
      long id,
      String name,
      String vatNumber,
      String atecoCode,
      LocalDate boardJoinedOn,
      OffsetDateTime createdAt,
      @Schema(description = "Number of personnel requests") int vacancyCount) {

    static CompanyView of(Company c) {
      return new CompanyView(
          c.id(),
          c.name(),
          c.vatNumber(),
          c.atecoCode(),
          c.boardJoinedOn(),
          c.createdAt(),
          c.vacancies().size());
    }
  }

  @Schema(name = "CompanyPage", description = "A page of companies ordered by id.")
  public record CompanyPage(List<CompanyView> items, long total, int offset, int limit) {}

  /** A personnel request to open (a class for the same reason as {@link NewCompany}). */
  @Schema(name = "NewVacancy", description = "A personnel request to open.")
  public static class NewVacancy {

    @Schema(required = true, description = "ISTAT CP2021 profession code", example = "8.1.4.3.0")
    @NotNull
    @Pattern(regexp = "\\d(\\.\\d{1,2}){0,4}", message = "must be a CP2021 code such as 8.1.4.3.0")
    public String profession;

    @Schema(required = true, example = "2")
    @Min(1)
    @Max(1000)
    public int positions;
  }

  @Schema(name = "Vacancy", description = "A personnel request (richiesta di personale).")
  public record VacancyView(
      long id,
      long companyId,
      String profession,
      int positions,
      String status,
      OffsetDateTime createdAt) {

    static VacancyView of(Vacancy v) {
      return new VacancyView(
          v.id(),
          v.company().id(),
          v.profession(),
          v.positions(),
          v.status().name(),
          v.createdAt());
    }
  }
}
