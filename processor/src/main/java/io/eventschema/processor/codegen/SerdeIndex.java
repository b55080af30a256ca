package io.eventschema.processor.codegen;

import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.model.EventModel;
import java.util.List;

/**
 * The index that lets the runtime's {@code EventsSerializer} and {@code EventsDeserializer} (one
 * class for every event) find an event's generated serdes without scanning the class path or
 * reflecting on the user's types: two small class-path resources per event and format, one keyed
 * by the schema's full name (what a writer schema says), one by the record's binary class name
 * (what a value to write is):
 *
 * <pre>
 * META-INF/eventschema/by-name/&lt;schemaType&gt;/&lt;namespace&gt;.&lt;Name&gt;
 * META-INF/eventschema/by-class/&lt;schemaType&gt;/&lt;binary class name&gt;
 * </pre>
 *
 * each holding the same three lines, {@code record=}, {@code serializer=} and
 * {@code deserializer=} (binary class names), in that order, so the output is byte-identical from
 * build to build. One file per event keeps the processor isolating.
 */
public final class SerdeIndex {
  /** The runtime reads these roots ({@code io.eventschema.serde.EventsIndex}). */
  public static final String BY_NAME = "META-INF/eventschema/by-name/";
  public static final String BY_CLASS = "META-INF/eventschema/by-class/";

  private SerdeIndex() {}

  /**
   * The two index resources of {@code event}'s serdes in one format.
   *
   * @param schemaType the registry's schema type of the format ({@code AVRO}, {@code JSON}, ...)
   */
  public static List<BindingOutput.Resource> resources(EventModel event, SerdeWriter.Kind kind,
      String schemaType) {
    String text = "record=" + event.recordClass().reflectionName() + "\n"
        + "serializer=" + event.generated(kind.infix() + "Serializer").reflectionName() + "\n"
        + "deserializer=" + event.generated(kind.infix() + "Deserializer").reflectionName() + "\n";
    return List.of(
        new BindingOutput.Resource(BY_NAME + schemaType + "/" + event.name().fullName(), text),
        new BindingOutput.Resource(
            BY_CLASS + schemaType + "/" + event.recordClass().reflectionName(), text));
  }
}
