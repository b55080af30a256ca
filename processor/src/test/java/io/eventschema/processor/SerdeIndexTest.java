package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The serde index the runtime's EventsSerializer / EventsDeserializer read: one resource per
 * event keyed by the schema's full name (an @AvroName'd namespace, not the package) and one keyed
 * by the record's binary class name (a nested record's '$'), both naming the generated serdes; JSON
 * Schema keyed by the schema's title, Protobuf by the message's full name, and a sealed event's
 * Avro union by each of its records.
 */
class SerdeIndexTest {

  @Test
  void indexNamesTheGeneratedSerdesByFullNameAndByClass() {
    Compilation c = Compile.succeeded(Compile.source("p.Outer",
        "package p;",
        "import io.eventschema.Event;",
        "public final class Outer {",
        "  @Event(namespace = \"com.acme.orders\")",
        "  public record Placed(String id, int quantity) {}",
        "}"));
    String expected = "record=p.Outer$Placed\n"
        + "serializer=p.Outer_PlacedSerializer\n"
        + "deserializer=p.Outer_PlacedDeserializer\n";
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/AVRO/com.acme.orders.Placed")).isEqualTo(expected);
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-class/AVRO/p.Outer$Placed")).isEqualTo(expected);
    assertThat(Compile.generatedSourceNames(c))
        .contains("p.Outer_PlacedSerializer", "p.Outer_PlacedDeserializer");
  }

  @Test
  void jsonSchemaIsIndexedByTitleAndProtobufByMessageFullName() {
    Compilation c = Compile.succeeded(Compile.source("p.Shipped",
        "package p;",
        "import io.eventschema.Event;",
        "import io.eventschema.Format;",
        "@Event(namespace = \"com.acme.ship\", formats = {Format.JSON_SCHEMA, Format.PROTOBUF})",
        "public record Shipped(String id) {}"));
    String json = "record=p.Shipped\n"
        + "serializer=p.ShippedJsonSchemaSerializer\n"
        + "deserializer=p.ShippedJsonSchemaDeserializer\n";
    String proto = "record=p.Shipped\n"
        + "serializer=p.ShippedProtobufSerializer\n"
        + "deserializer=p.ShippedProtobufDeserializer\n";
    // the JSON Schema's title is the simple name: the schema carries no namespace
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/JSON/Shipped")).isEqualTo(json);
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-class/JSON/p.Shipped")).isEqualTo(json);
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/PROTOBUF/com.acme.ship.Shipped")).isEqualTo(proto);
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-class/PROTOBUF/p.Shipped")).isEqualTo(proto);
    assertThat(c.generatedFiles()).noneMatch(f -> f.getName().contains("/AVRO/"));
  }

  @Test
  void aSealedEventsAvroUnionIsIndexedByEachOfItsRecords() {
    Compilation c = Compile.succeeded(Compile.source("p.Parcel",
        "package p;",
        "import io.eventschema.Event;",
        "@Event(namespace = \"com.acme.ship\")",
        "public sealed interface Parcel permits Parcel.Picked, Parcel.Dropped {",
        "  record Picked(String id) implements Parcel {}",
        "  record Dropped(String id, int bay) implements Parcel {}",
        "}"));
    String expected = "record=p.Parcel\n"
        + "serializer=p.ParcelSerializer\n"
        + "deserializer=p.ParcelDeserializer\n";
    for (String branch : new String[] {"Picked", "Dropped"}) {
      assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
          "META-INF/eventschema/by-union/AVRO/com.acme.ship." + branch)).isEqualTo(expected);
    }
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-class/AVRO/p.Parcel")).isEqualTo(expected);
    // the union names no record of its own: no by-name entry
    assertThat(c.generatedFiles()).noneMatch(f -> f.getName().contains("by-name"));
  }

  @Test
  void twoJsonSchemaEventsOfOneSimpleNameInOneCompilationTakeTwoEntries() {
    Compilation c = Compile.succeeded(
        Compile.source("a.Created",
            "package a;",
            "import io.eventschema.Event;",
            "import io.eventschema.Format;",
            "@Event(formats = Format.JSON_SCHEMA)",
            "public record Created(String id) {}"),
        Compile.source("b.Created",
            "package b;",
            "import io.eventschema.Event;",
            "import io.eventschema.Format;",
            "@Event(formats = Format.JSON_SCHEMA)",
            "public record Created(long id) {}"));
    // both titled Created: the second takes <path>-2, and the runtime reads both
    String first = Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/JSON/Created");
    String second = Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/JSON/Created-2");
    assertThat(java.util.List.of(first, second)).containsExactlyInAnyOrder(
        "record=a.Created\nserializer=a.CreatedJsonSchemaSerializer\n"
            + "deserializer=a.CreatedJsonSchemaDeserializer\n",
        "record=b.Created\nserializer=b.CreatedJsonSchemaSerializer\n"
            + "deserializer=b.CreatedJsonSchemaDeserializer\n");
  }
}
