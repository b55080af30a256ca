package io.eventschema;

/**
 * How a new version of an event's schema must relate to the versions before it, with the meaning
 * Confluent Schema Registry gives these levels. "Reads" follows Avro's schema-resolution rules.
 *
 * <ul>
 *   <li>{@link #BACKWARD}: consumers on the new schema read data written with the latest earlier
 *       version (upgrade consumers first). The default, as in the registry.
 *   <li>{@link #FORWARD}: consumers on the latest earlier version read data written with the new
 *       schema (upgrade producers first).
 *   <li>{@link #FULL}: both.
 *   <li>The {@code _TRANSITIVE} variants check against every earlier version, not only the latest.
 *   <li>{@link #NONE}: no check.
 * </ul>
 */
public enum Compatibility {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean newReadsOld;
  private final boolean oldReadsNew;
  private final boolean transitive;

  Compatibility(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
    this.newReadsOld = newReadsOld;
    this.oldReadsNew = oldReadsNew;
    this.transitive = transitive;
  }

  /** True if the new schema, as reader, must read data written with earlier versions. */
  public boolean newReadsOld() {
    return newReadsOld;
  }

  /** True if earlier versions, as readers, must read data written with the new schema. */
  public boolean oldReadsNew() {
    return oldReadsNew;
  }

  /** True if every earlier version is checked; false if only the latest is. */
  public boolean transitive() {
    return transitive;
  }
}
