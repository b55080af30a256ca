package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that several events use (an {@code Address}, a {@code Money}) so that its Avro
 * write and read code is generated once, in {@code <Record>AvroCodec}, instead of being copied into
 * every event's codec. Each event's codec calls the shared class's public static
 * {@code write<Record>} / {@code read<Record>} wherever its own view of the record is the same as
 * the record's own: the same Java and Avro types, field names and time precisions. An event that
 * names the fields otherwise ({@code @Event(fieldNaming = SNAKE_CASE)} against the default here)
 * keeps its own copy, so its schema, bytes and messages never change. The schemas are unaffected
 * either way: every event's {@code .avsc} still defines the record inline.
 *
 * <pre>{@code
 * @SharedType
 * public record Address(String street, String city) {}
 *
 * @Event public record OrderPlaced(long id, Address shipTo) {}    // calls AddressAvroCodec
 * @Event public record CustomerMoved(long id, Address to) {}      // calls AddressAvroCodec
 * }</pre>
 *
 * <p>The record is a root of its own, so the processor stays isolating for incremental builds: the
 * shared class comes from the record alone, never from whichever event the compiler saw first, and
 * an event compiled on its own against an earlier compile's classes calls the classes it finds.
 * A record that is also an {@code @Event} needs no second class: its event codec's root methods are
 * public and the other events call those. Only records (an enum's code is one line per use) and
 * only the Avro codecs (the JSON and Protobuf codecs keep their copies); see docs/annotations.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SharedType {

  /**
   * How the record's component names become Avro field names in its shared code; an event whose
   * {@code fieldNaming} differs gets its own copy instead.
   */
  FieldNaming fieldNaming() default FieldNaming.AS_DECLARED;
}
