package it.ponte.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A territory's company row, mapped as Ponte maps it (every column, the version included). */
@Entity
@Table(name = "company")
public class StackCompany {

  @Id Long id;

  @Version long version;

  String name;

  @Column(name = "vat_number")
  String vatNumber;

  @Column(name = "ateco_code")
  String atecoCode;

  @Column(name = "board_joined_on")
  LocalDate boardJoinedOn;

  @Column(name = "board_left_on")
  LocalDate boardLeftOn;

  String size;

  String address;

  String email;

  String phone;

  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @Column(name = "created_by")
  String createdBy;
}
