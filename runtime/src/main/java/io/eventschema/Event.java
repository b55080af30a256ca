package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a Kafka event. At compile time the eventschema processor derives its Avro schema
 * ({@code META-INF/avro/<namespace>.<name>.avsc}) and generates, next to the record, a codec and the
 * Kafka classes {@code <Record>Serializer}, {@code <Record>Deserializer} and {@code <Record>Serde}.
 *
 * <pre>{@code
 * @Event(namespace = "com.example.events", fieldNaming = FieldNaming.SNAKE_CASE)
 * public record UserInteractionEvent(@Positive long userId, @NotBlank String interactionType) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Event {

  /** The Avro record name; empty means the record's simple name. */
  String name() default "";

  /** The Avro namespace; empty means the record's package. */
  String namespace() default "";

  /** How record component names become Avro field names. */
  FieldNaming fieldNaming() default FieldNaming.AS_DECLARED;

  /**
   * The compatibility this schema must keep with its earlier versions in the schema history
   * ({@code src/main/avro-history/<fullname>/v<N>.avsc}); the processor fails the build on a change
   * that breaks it. Confluent's meaning; see {@link Compatibility}.
   */
  Compatibility compatibility() default Compatibility.BACKWARD;

  /**
   * The schema formats to generate for this event, each with its own schema file, codec and serde
   * classes (see {@link Format}). The default, {@code {AVRO}}, is what the processor always generated.
   */
  Format[] formats() default {Format.AVRO};
}
