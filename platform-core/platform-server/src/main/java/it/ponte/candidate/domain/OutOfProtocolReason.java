package it.ponte.candidate.domain;

/** Why a candidate left the protocol. */
public enum OutOfProtocolReason {
  /** Found work. */
  EMPLOYED,
  /** Could not be reached. */
  UNREACHABLE,
  /** Did not collaborate, e.g. missed interviews or did not answer more than two calls. */
  NOT_COLLABORATING,
  /** Any other reason, described in the notes. */
  OTHER
}
