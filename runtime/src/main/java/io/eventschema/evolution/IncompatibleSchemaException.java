package io.eventschema.evolution;

import java.util.List;

/**
 * A reader schema cannot read data written with a writer schema under Avro's resolution rules.
 * Says which fields and why; {@link #incompatibilities()} has each one.
 */
public final class IncompatibleSchemaException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<SchemaIncompatibility> incompatibilities;

  public IncompatibleSchemaException(String readerName, String writerName,
      List<SchemaIncompatibility> incompatibilities) {
    super(message(readerName, writerName, incompatibilities));
    this.incompatibilities = List.copyOf(incompatibilities);
  }

  private static String message(String reader, String writer, List<SchemaIncompatibility> list) {
    StringBuilder s = new StringBuilder(reader).append(" cannot read data written with ")
        .append(writer).append(" under Avro's resolution rules:");
    for (SchemaIncompatibility i : list) {
      s.append("\n  - ").append(i);
    }
    return s.toString();
  }

  public List<SchemaIncompatibility> incompatibilities() {
    return incompatibilities;
  }
}
