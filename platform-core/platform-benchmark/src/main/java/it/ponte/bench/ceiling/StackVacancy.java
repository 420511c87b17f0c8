package it.ponte.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personnel request's row, only as far as counting a company's requests needs. */
@Entity
@Table(name = "vacancy")
public class StackVacancy {

  @Id Long id;

  @Column(name = "company_id")
  long companyId;
}
