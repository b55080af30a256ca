package io.eventschema.evolution;

/**
 * One reason a reader schema cannot read data written with a writer schema, under Avro's
 * resolution rules.
 *
 * @param kind Avro's name for the problem ({@code TYPE_MISMATCH}, {@code NAME_MISMATCH},
 *     {@code FIXED_SIZE_MISMATCH}, {@code MISSING_ENUM_SYMBOLS},
 *     {@code READER_FIELD_MISSING_DEFAULT_VALUE}, {@code MISSING_UNION_BRANCH})
 * @param path where, as field names from the root record: {@code address.street},
 *     {@code tags[]} for array items, {@code scores{}} for map values; empty for the root itself
 * @param location the same place as a JSON pointer into the reader schema, as Avro reports it
 *     ({@code /fields/2/type/items})
 * @param readerField the reader's top-level field the problem is in, or null (the root record)
 * @param writerField the writer's top-level field the problem is in, or null (the root record, or
 *     a reader field the writer does not have)
 * @param reason what is wrong, in words
 */
public record SchemaIncompatibility(String kind, String path, String location, String readerField,
    String writerField, String reason) {

  /** {@code path: reason}, or just the reason at the root. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "the schema itself" : "field '" + path + "'") + ": " + reason;
  }
}
