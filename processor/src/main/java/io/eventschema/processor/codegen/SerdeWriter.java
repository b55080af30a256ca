package io.eventschema.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.model.EventModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the thin Kafka classes of an event: {@code <Record>Serializer}, {@code Deserializer} and
 * {@code Serde}, each passing the codec to the runtime's base class.
 */
public final class SerdeWriter {
  private static final String SERDE_PACKAGE = "io.eventschema.serde";
  private static final ClassName REGISTRY =
      ClassName.get("io.eventschema.registry", "SchemaRegistryClient");

  private SerdeWriter() {}

  /** The three classes for {@code event}. */
  public static List<TypeSpec> write(EventModel event, Generated generated) {
    ClassName codec = event.codecClass();
    ClassName serializer = event.generated("Serializer");
    ClassName deserializer = event.generated("Deserializer");
    return List.of(
        codecUser(event, serializer, "EventSerializer", codec, generated,
            "Writes {@link $T} in Confluent's wire format after validating it.\n"
                + "Use as {@code value.serializer=$L}.\n"),
        codecUser(event, deserializer, "EventDeserializer", codec, generated,
            "Reads {@link $T} from Confluent's wire format and validates it.\n"
                + "Use as {@code value.deserializer=$L}.\n"),
        serde(event, serializer, deserializer, generated));
  }

  private static TypeSpec codecUser(EventModel event, ClassName self, String base, ClassName codec,
      Generated generated, String doc) {
    ClassName validator = event.generated("Validator");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(SERDE_PACKAGE, base),
            event.recordClass()))
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

  private static TypeSpec serde(EventModel event, ClassName serializer, ClassName deserializer,
      Generated generated) {
    TypeSpec.Builder type = TypeSpec.classBuilder(event.generated("Serde"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(SERDE_PACKAGE, "EventSerde"),
            event.recordClass()))
        .addJavadoc("The Kafka Streams {@code Serde} of {@link $T}.\n", event.recordClass());
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
