package io.eventschema.processor.format.protobuf;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeIndex;
import io.eventschema.processor.codegen.SerdeWriter;
import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.format.FormatBinding;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * The Protobuf format: {@code META-INF/protobuf/<namespace as path>/<Name>.proto} (proto3),
 * {@code <Record>ProtobufCodec} over protobuf-java's {@code CodedOutputStream} and the runtime's
 * {@code ProtobufReader}, and {@code <Record>ProtobufSerializer}, {@code ProtobufDeserializer} and
 * {@code ProtobufSerde} over the {@code eventschema-protobuf} module. Refuses (EVS3xx) what proto3
 * cannot say: absent items in a repeated field, null map values, repeated fields of repeated
 * fields or maps, a null list or map, bad or duplicate {@code @ProtoField} numbers, and two
 * messages or enums of one name. The event's schema history is checked against the {@code .proto}
 * before anything is written, and the numbers and names earlier versions used and this one does
 * not are written as {@code reserved}.
 */
public final class ProtobufBinding implements FormatBinding {
  /** The runtime classes the generated Protobuf serdes extend. */
  public static final SerdeWriter.Kind SERDES = new SerdeWriter.Kind("Protobuf", "ProtobufCodec",
      ClassName.get("io.eventschema.protobuf", "ProtobufSerializer"),
      ClassName.get("io.eventschema.protobuf", "ProtobufDeserializer"),
      "Confluent's Protobuf wire format", " as Protobuf");

  /** A type of the Protobuf runtime: absent from the compile class path, EVS306. */
  public static final String RUNTIME_TYPE = "io.eventschema.protobuf.ProtobufEventCodec";

  /** The compile-time check of the event's {@code .proto} against its released versions (compat/). */
  public interface History {
    /** No history: nothing checked, nothing reserved. */
    History NONE = (event, proto, sites, refusals) -> Map.of();

    /**
     * Reports every break of {@code proto} (the event's {@code .proto}, written without
     * {@code reserved} statements) against the event's released versions through
     * {@code refusals}, and returns what each message and enum (by full name) must reserve.
     */
    Map<String, Reserved> check(EventModel event, String proto, Sites sites, Refusals refusals);
  }

  /** Where the history check finds what it reports on, by the names in the {@code .proto}. */
  public interface Sites {
    /** The field {@code field} of the message {@code message} (full name); null for a oneof member. */
    FieldModel field(String message, String field);

    /** Whether the enum of this full name has an {@code @EnumDefault}. */
    boolean enumHasDefault(String fullName);
  }

  /** An inclusive range of numbers. */
  public record Range(int from, int to) {}

  /** The numbers and names a message or enum reserves: earlier versions' that it no longer uses. */
  public record Reserved(List<Range> numbers, SortedSet<String> names) {}

  private final Generated generated;
  private final Function<FieldModel, Integer> pinned;
  private final History history;
  private EventModel checked;
  private ProtoLayout layout;
  private String text;

  /**
   * @param pinned a field's {@code @ProtoField} number, or null when it has none
   */
  public ProtobufBinding(Generated generated, Function<FieldModel, Integer> pinned,
      History history) {
    this.generated = generated;
    this.pinned = pinned;
    this.history = history;
  }

  /** The schema resource path, {@code META-INF/protobuf/<namespace as path>/<Name>.proto}. */
  public static String schemaResource(EventModel event) {
    String ns = event.name().namespace();
    return "META-INF/protobuf/" + (ns.isEmpty() ? "" : ns.replace('.', '/') + "/")
        + event.name().name() + ".proto";
  }

  @Override
  public String format() {
    return "PROTOBUF";
  }

  @Override
  public boolean check(EventModel event, Refusals refusals) {
    if (!(event.root() instanceof TypeModel.RecordType
        || event.root() instanceof TypeModel.UnionType)) {
      // a .proto's event is a message: a top-level enum or general union has none
      refusals.onEvent(Message.TOP_LEVEL_FORMAT, event.recordClass(),
          event.root() instanceof TypeModel.EnumType ? "enum" : "general union (@AvroUnion)",
          "Protobuf");
      layout = null;
      checked = null;
      return false;
    }
    FieldModel union = TypeWalk.firstBranchUnionField(event.root());
    if (union != null) {
      refusals.onField(union, Message.PROTO_AVRO_UNION, union.javaName(), union.type().javaType());
      layout = null;
      checked = null;
      return false;
    }
    FieldModel nullField = TypeWalk.firstNullTypeField(event.root());
    if (nullField != null) {
      refusals.onField(nullField, Message.NULL_TYPE_FORMAT, nullField.javaName(),
          nullField.type().javaType(), "Protobuf");
      layout = null;
      checked = null;
      return false;
    }
    FieldModel logical = TypeWalk.firstAvroOnlyLogicalField(event.root());
    if (logical != null) {
      refusals.onField(logical, Message.LOGICAL_TYPE_FORMAT, logical.javaName(),
          logical.type().javaType(), TypeWalk.avroOnlyLogical(TypeWalk.innermost(logical.type())),
          "Protobuf");
      layout = null;
      checked = null;
      return false;
    }
    layout = ProtoLayout.of(event, pinned, refusals);
    checked = layout == null ? null : event;
    if (layout == null) {
      return false;
    }
    // a break of the history is reported here; the classes are still written (as for Avro): the
    // error is about the schema, not the code
    Map<String, Reserved> reserved = history.check(event, ProtoSchemaWriter.text(layout, Map.of()),
        sites(layout), refusals);
    text = ProtoSchemaWriter.text(layout, reserved);
    return true;
  }

  private static Sites sites(ProtoLayout layout) {
    return new Sites() {
      @Override
      public FieldModel field(String message, String field) {
        for (ProtoLayout.Msg m : layout.messages) {
          if (ProtoSchemaWriter.fullName(layout, m.name()).equals(message)) {
            for (ProtoLayout.Field f : m.fields()) {
              if (f.name().equals(field)) {
                return f.model();
              }
            }
          }
        }
        return null;
      }

      @Override
      public boolean enumHasDefault(String fullName) {
        return layout.enums.stream().anyMatch(e -> e.defaultSymbol() != null
            && ProtoSchemaWriter.fullName(layout, e.schemaName().name()).equals(fullName));
      }
    };
  }

  @Override
  public BindingOutput files(EventModel event) {
    if (event != checked) {
      throw new IllegalStateException("files(" + event.name() + ") before check");
    }
    List<TypeSpec> types = new ArrayList<>();
    types.add(ProtobufCodecWriter.write(layout, text, generated));
    types.addAll(SerdeWriter.write(event, SERDES, generated));
    List<BindingOutput.Resource> resources = new ArrayList<>();
    resources.add(new BindingOutput.Resource(schemaResource(event), text));
    // how EventsSerializer / EventsDeserializer find these serdes by class and by message name
    resources.addAll(SerdeIndex.resources(event, SERDES, "PROTOBUF"));
    return new BindingOutput(resources, types);
  }
}
