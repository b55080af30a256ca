package io.eventschema.evolution;

/**
 * One way a new schema breaks a compatibility level: which earlier version, in which direction,
 * and the incompatibility Avro found.
 *
 * @param version the earlier version broken
 * @param newReadsOld true if the new schema cannot read data written with that version (a
 *     BACKWARD break); false if that version cannot read data written with the new schema (a
 *     FORWARD break)
 * @param incompatibility where and why; its reader is the new schema when {@code newReadsOld}, the
 *     earlier version otherwise
 */
public record CompatibilityProblem(SchemaVersion version, boolean newReadsOld,
    SchemaIncompatibility incompatibility) {

  /**
   * The top-level field of the new schema responsible, or null when the problem is in the record
   * itself or in a field only the earlier version has (a removed field).
   */
  public String newSchemaField() {
    return newReadsOld ? incompatibility.readerField() : incompatibility.writerField();
  }

  /** A sentence: what breaks, against which version, and why. */
  public String message() {
    String direction = newReadsOld
        ? "the new schema cannot read data written with " + version.source()
        : version.source() + " cannot read data written with the new schema";
    return direction + ": " + incompatibility;
  }

  @Override
  public String toString() {
    return message();
  }
}
