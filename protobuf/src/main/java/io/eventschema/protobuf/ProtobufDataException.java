package io.eventschema.protobuf;

import java.io.IOException;

/**
 * The bytes are not a valid Protobuf message of the event: a bad varint, a wrong wire type, a
 * length past the end, a group, nesting past {@code eventschema.max.depth}, or a value the field's
 * Java type cannot hold. {@link #field()} says where.
 */
public final class ProtobufDataException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  public ProtobufDataException(String field, String message, Throwable cause) {
    super((field.isEmpty() ? "" : "field '" + field + "': ") + message, cause);
    this.field = field;
    this.reason = message;
  }

  /** The field's path from the event, such as {@code items[2].quantity}; empty for the event. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field: the message is {@code field '<field>': <reason>}. */
  public String reason() {
    return reason;
  }
}
