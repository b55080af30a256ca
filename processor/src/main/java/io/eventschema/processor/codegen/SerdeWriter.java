package io.eventschema.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.model.EventModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the thin Kafka classes of an event in one format: {@code <Record><Format>Serializer},
 * {@code Deserializer} and {@code Serde} ({@code <Format>} is empty for Avro, {@code JsonSchema}
 * for JSON Schema), each passing the format's codec and the shared validator to the runtime's base
 * class for that format.
 */
public final class SerdeWriter {
  private static final String SERDE_PACKAGE = "io.eventschema.serde";
  private static final ClassName REGISTRY =
      ClassName.get("io.eventschema.registry", "SchemaRegistryClient");

  /**
   * What one format's serde classes are called and extend.
   *
   * @param infix between the record's name and {@code Serializer} ({@code ""}, {@code JsonSchema})
   * @param codecSuffix the codec class's suffix ({@code Codec}, {@code JsonCodec})
   * @param serializerBase the runtime's serializer base class
   * @param deserializerBase the runtime's deserializer base class
   * @param wire how the Javadoc names the wire format
   * @param serdeDoc what the Serde's Javadoc adds after the record ({@code ""}, {@code " as JSON"})
   */
  public record Kind(String infix, String codecSuffix, ClassName serializerBase,
      ClassName deserializerBase, String wire, String serdeDoc) {}

  private SerdeWriter() {}

  /** The three classes of {@code event} in the format {@code kind} describes. */
  public static List<TypeSpec> write(EventModel event, Kind kind, Generated generated) {
    ClassName codec = event.generated(kind.codecSuffix());
    ClassName serializer = event.generated(kind.infix() + "Serializer");
    ClassName deserializer = event.generated(kind.infix() + "Deserializer");
    return List.of(
        codecUser(event, serializer, kind.serializerBase(), codec, generated,
            "Writes {@link $T} in " + kind.wire() + " after validating it.\n"
                + "Use as {@code value.serializer=$L}.\n"),
        codecUser(event, deserializer, kind.deserializerBase(), codec, generated,
            "Reads {@link $T} from " + kind.wire() + " and validates it.\n"
                + "Use as {@code value.deserializer=$L}.\n"),
        serde(event, kind, serializer, deserializer, generated));
  }

  private static TypeSpec codecUser(EventModel event, ClassName self, ClassName base,
      ClassName codec, Generated generated, String doc) {
    ClassName validator = event.generated("Validator");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(base, event.recordClass()))
        .addJavadoc(doc, event.recordClass(), self.canonicalName());
    generated.annotate(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("The registry is the one {@code schema.registry.url} names.\n")
        .addStatement("super($T.INSTANCE, null, $T.INSTANCE)", codec, validator).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Uses {@code registry} whatever the configuration says (tests, frameworks).\n")
        .addParameter(REGISTRY, "registry")
        .addStatement("super($T.INSTANCE, registry, $T.INSTANCE)", codec, validator).build());
    return type.build();
  }

  private static TypeSpec serde(EventModel event, Kind kind, ClassName serializer,
      ClassName deserializer, Generated generated) {
    TypeSpec.Builder type = TypeSpec.classBuilder(event.generated(kind.infix() + "Serde"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(SERDE_PACKAGE, "EventSerde"),
            event.recordClass()))
        .addJavadoc("The Kafka Streams {@code Serde} of {@link $T}" + kind.serdeDoc() + ".\n",
            event.recordClass());
    generated.annotate(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addStatement("super(new $T(), new $T())", serializer, deserializer).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addParameter(REGISTRY, "registry")
        .addStatement("super(new $T(registry), new $T(registry))", serializer, deserializer)
        .build());
    return type.build();
  }
}
