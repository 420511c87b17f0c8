package it.ponte.plugin.ic.domain;

import java.time.LocalDate;

/** A workshop of the accompaniment. */
public record Workshop(long id, LocalDate heldOn, String topic, boolean attended) {}
