package io.eventschema.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Reads and writes one event type as JSON of its JSON Schema. The eventschema processor generates
 * one final implementation per {@code @Event(formats = JSON_SCHEMA)} record
 * ({@code <Record>JsonCodec}, with an {@code INSTANCE}); it touches no reflection and holds no
 * mutable state, so a single instance serves every thread.
 *
 * @param <T> the record type
 */
public interface JsonEventCodec<T> {

  /** The record class this codec reads and writes. */
  Class<T> type();

  /** The schema's full name, {@code <namespace>.<Name>}: what RecordNameStrategy subjects use. */
  String fullName();

  /**
   * The JSON Schema exactly as written to {@code META-INF/json-schema/<fullName>.schema.json}: the
   * text registered with schema type {@code JSON}.
   */
  String schemaText();

  /**
   * Writes {@code value} as one JSON object of {@link #schemaText()}, properties in declaration
   * order.
   *
   * @throws io.eventschema.codec.NullFieldException if a property the schema does not allow to be
   *     null is null
   */
  void write(T value, JsonOutput out);

  /**
   * Writes {@code value} as {@link #write(Object, JsonOutput)} does, as one value of a
   * jackson-core generator (for embedding the event in a larger JSON document): the same bytes,
   * as a raw value.
   */
  default void write(T value, JsonGenerator out) throws IOException {
    JsonOutput json = new JsonOutput();
    write(value, json);
    out.writeRawValue(json.toString());
  }

  /**
   * Reads the JSON value the reader is on (which a writer of this or an older or newer schema
   * wrote: properties in any order, unknown ones skipped, missing optional ones defaulted).
   *
   * @throws JsonDataException if the JSON is not a valid value of the schema, naming the path
   */
  T read(JsonReader in) throws IOException;
}
