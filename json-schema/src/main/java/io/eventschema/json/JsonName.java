package io.eventschema.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;

/**
 * A property name, encoded once: the UTF-8 bytes of {@code "name":}, escaped as Jackson's
 * {@code SerializedString} escapes it. Generated codecs keep one in a {@code static final} field
 * per property ({@link JsonWrite#name(String)}) and write it with
 * {@link JsonOutput#writeFieldName(JsonName)}: one copy, no per-message encoding.
 */
public final class JsonName {
  private final String name;
  final byte[] bytes;

  private JsonName(String name) {
    this.name = name;
    byte[] quoted = new SerializedString(name).asQuotedUTF8();
    byte[] b = new byte[quoted.length + 3];
    b[0] = '"';
    System.arraycopy(quoted, 0, b, 1, quoted.length);
    b[b.length - 2] = '"';
    b[b.length - 1] = ':';
    this.bytes = b;
  }

  static JsonName of(String name) {
    return new JsonName(name);
  }

  /** The name as given. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
