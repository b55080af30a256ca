package io.eventschema.processor.codegen;

import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.TypeModel.BranchUnionType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The index that lets the runtime's {@code EventsSerializer} and {@code EventsDeserializer} (one
 * class for every event) find an event's generated serdes without scanning the class path or
 * reflecting on the user's types: small class-path resources per event and format, keyed by what a
 * writer schema names (what the deserializer has) and by the record's binary class name (what a
 * value to write is):
 *
 * <pre>
 * META-INF/eventschema/by-name/AVRO/&lt;namespace&gt;.&lt;Name&gt;       a record event's Avro record
 * META-INF/eventschema/by-union/AVRO/&lt;branch full name&gt;       each record of a sealed event's union,
 *                                                              each named branch of an @AvroUnion event's
 * META-INF/eventschema/by-name/JSON/&lt;Name&gt;                   the JSON Schema's title
 * META-INF/eventschema/by-name/PROTOBUF/&lt;package&gt;.&lt;Name&gt;   the .proto's first message
 * META-INF/eventschema/by-class/&lt;schemaType&gt;/&lt;binary class name&gt;
 * </pre>
 *
 * each holding the same three lines, {@code record=}, {@code serializer=} and
 * {@code deserializer=} (binary class names), in that order, so the output is byte-identical from
 * build to build. One file per event keeps the processor isolating. A sealed event's Avro union
 * names no record of its own, so it is found by its records (an {@code @AvroUnion} event by its
 * records, enums and fixed types; one without any is found by class only), under their own directory: a record
 * that is an event of its own as well keeps its {@code by-name} entry.
 *
 * <p>Two events of one compilation may give one name (two JSON Schema events of one simple name in
 * two packages, a record in two sealed events): the second entry is written at
 * {@code <path>-2}, the third at {@code <path>-3} ({@code -} is in no Java, Avro or Protobuf
 * name), and the runtime reads them all, as it reads the entries of one path in several jars, so
 * the choice is the user's ({@code eventschema.events.packages}), not the processing order's.
 */
public final class SerdeIndex {
  /** The runtime reads these roots ({@code io.eventschema.serde.EventsIndex}). */
  public static final String BY_NAME = "META-INF/eventschema/by-name/";
  public static final String BY_CLASS = "META-INF/eventschema/by-class/";
  public static final String BY_UNION = "META-INF/eventschema/by-union/";

  private SerdeIndex() {}

  /**
   * The index resources of {@code event}'s serdes in one format.
   *
   * @param schemaType the registry's schema type of the format: {@code AVRO}, {@code JSON} or
   *     {@code PROTOBUF}
   */
  public static List<BindingOutput.Resource> resources(EventModel event, SerdeWriter.Kind kind,
      String schemaType) {
    String text = "record=" + event.recordClass().reflectionName() + "\n"
        + "serializer=" + event.generated(kind.infix() + "Serializer").reflectionName() + "\n"
        + "deserializer=" + event.generated(kind.infix() + "Deserializer").reflectionName() + "\n";
    List<BindingOutput.Resource> out = new ArrayList<>();
    if (schemaType.equals("AVRO") && event.root() instanceof UnionType u) {
      for (RecordType branch : u.branches()) {
        out.add(new BindingOutput.Resource(
            BY_UNION + schemaType + "/" + branch.schemaName().fullName(), text));
      }
    } else if (schemaType.equals("AVRO") && event.root() instanceof BranchUnionType u) {
      // a general union: found by its named branches (a union of none only by class)
      for (BranchUnionType.Branch branch : u.branches()) {
        if (branch.type() instanceof Named n) {
          out.add(new BindingOutput.Resource(
              BY_UNION + schemaType + "/" + n.schemaName().fullName(), text));
        }
      }
    } else {
      out.add(new BindingOutput.Resource(BY_NAME + schemaType + "/" + writerName(event,
          schemaType), text));
    }
    out.add(new BindingOutput.Resource(
        BY_CLASS + schemaType + "/" + event.recordClass().reflectionName(), text));
    return out;
  }

  /** True if {@code path} is a serde index entry keyed by a writer schema's name. */
  public static boolean isIndex(String path) {
    return path.startsWith(BY_NAME) || path.startsWith(BY_UNION);
  }

  /**
   * {@code path}, or {@code path-2}, {@code path-3}, ... if an earlier event of this compilation
   * took it; records the one returned in {@code taken}.
   */
  public static String free(String path, Set<String> taken) {
    String free = path;
    for (int n = 2; !taken.add(free); n++) {
      free = path + "-" + n;
    }
    return free;
  }

  /**
   * The name a writer schema of {@code event} gives in {@code schemaType}: the JSON Schema's
   * {@code title} is the simple name (as JsonSchemaWriter writes it); Avro's record and the
   * {@code .proto}'s {@code package} and first message make the full name.
   */
  static String writerName(EventModel event, String schemaType) {
    return schemaType.equals("JSON") ? event.name().name() : event.name().fullName();
  }
}
