package io.eventschema.processor.format.protobuf;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeWriter;
import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.format.FormatBinding;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Protobuf format: {@code META-INF/protobuf/<namespace as path>/<Name>.proto} (proto3),
 * {@code <Record>ProtobufCodec} over protobuf-java's {@code CodedOutputStream} and the runtime's
 * {@code ProtobufReader}, and {@code <Record>ProtobufSerializer}, {@code ProtobufDeserializer} and
 * {@code ProtobufSerde} over the {@code eventschema-protobuf} module. Refuses (EVS3xx) what proto3
 * cannot say: absent items in a repeated field, null map values, repeated fields of repeated
 * fields or maps, a null list or map, bad or duplicate {@code @ProtoField} numbers, and two
 * messages or enums of one name.
 */
public final class ProtobufBinding implements FormatBinding {
  /** The runtime classes the generated Protobuf serdes extend. */
  public static final SerdeWriter.Kind SERDES = new SerdeWriter.Kind("Protobuf", "ProtobufCodec",
      ClassName.get("io.eventschema.protobuf", "ProtobufSerializer"),
      ClassName.get("io.eventschema.protobuf", "ProtobufDeserializer"),
      "Confluent's Protobuf wire format", " as Protobuf");

  /** A type of the Protobuf runtime: absent from the compile class path, EVS306. */
  public static final String RUNTIME_TYPE = "io.eventschema.protobuf.ProtobufEventCodec";

  private final Generated generated;
  private final Function<FieldModel, Integer> pinned;
  private EventModel checked;
  private ProtoLayout layout;

  /**
   * @param pinned a field's {@code @ProtoField} number, or null when it has none
   */
  public ProtobufBinding(Generated generated, Function<FieldModel, Integer> pinned) {
    this.generated = generated;
    this.pinned = pinned;
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
    layout = ProtoLayout.of(event, pinned, refusals);
    checked = layout == null ? null : event;
    return layout != null;
  }

  @Override
  public BindingOutput files(EventModel event) {
    if (event != checked) {
      throw new IllegalStateException("files(" + event.name() + ") before check");
    }
    String text = ProtoSchemaWriter.text(layout);
    List<TypeSpec> types = new ArrayList<>();
    types.add(ProtobufCodecWriter.write(layout, text, generated));
    types.addAll(SerdeWriter.write(event, SERDES, generated));
    return new BindingOutput(List.of(new BindingOutput.Resource(schemaResource(event), text)),
        types);
  }
}
