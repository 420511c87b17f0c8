package it.ponte.plugin.dul.domain;

import java.time.LocalDate;

/**
 * What the rules need to know of a person: core facts plus what the accredited operator records for
 * the dote.
 *
 * @param gender FEMALE, MALE or OTHER
 * @param education a core Education name, null if unknown
 * @param employmentStatus a core EmploymentStatus name, null if unknown
 * @param residentInLombardy resident or domiciled in the region
 * @param serviceAgreementSigned the Patto di servizio is signed
 * @param naspiSince start of NASpI, null if not a recipient
 */
public record Person(
    LocalDate birthDate,
    String gender,
    String education,
    String employmentStatus,
    LocalDate didDate,
    boolean residentInLombardy,
    boolean serviceAgreementSigned,
    LocalDate naspiSince) {}
