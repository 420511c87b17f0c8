package it.ponte.matching.domain;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import java.util.Set;

/** What matching needs to know of a candidate: a read-only projection, never the entity. */
public record CandidateProfile(
    long id,
    String firstName,
    String lastName,
    String zone,
    Education education,
    ItalianLevel italianLevel,
    Set<Licence> licences,
    Boolean hasCar,
    Set<Shift> availability,
    Assessment.Readiness readiness,
    Set<Assessment.Sector> sectors) {}
