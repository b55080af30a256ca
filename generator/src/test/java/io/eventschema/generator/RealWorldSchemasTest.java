package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

/**
 * Public real-world schemas (written from Avro's documentation, Confluent's examples, Kafka
 * Connect's datagen, CloudEvents, Debezium, Avro's interop schema): each gives back its schema
 * through the processor.
 */
class RealWorldSchemasTest {

  /** Generates, compiles with the processor, and checks the schema it writes is the input. */
  private static String roundTrip(String json) {
    return roundTrip(Generator.builder().build(), json);
  }

  private static String roundTrip(Generator generator, String json) {
    GenerationResult r = generator
        .generateSources(List.of(new Generator.SchemaInput("case.avsc", "", json)));
    assertThat(r.errors()).isEmpty();
    Compiled c = Compiled.of(r.sources());
    Schema input = new Schema.Parser().parse(json);
    Schema written = c.schema(r.events().get(0).schemaName());
    assertThat(written).isEqualTo(input);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(input));
    assertThat(GeneratedRecordsRoundTripProperties.extrasDifference(input, written,
        new java.util.HashSet<>(), "")).isNull();
    return String.join("\n", r.sources().stream().map(GeneratedSource::text).toList());
  }

  @Test
  void avroDocumentationUserWithItsNullableFieldsWithoutDefault() {
    // https://avro.apache.org/docs/current/getting-started-java/ (user.avsc)
    String text = roundTrip("""
        {"namespace": "example.avro",
         "type": "record",
         "name": "User",
         "fields": [
             {"name": "name", "type": "string"},
             {"name": "favorite_number",  "type": ["int", "null"]},
             {"name": "favorite_color", "type": ["string", "null"]}
         ]
        }""");
    assertThat(text).contains("@Event(fieldNaming = FieldNaming.SNAKE_CASE)")
        .contains("public record User(String name,")
        .contains("@NoDefault(nullLast = true) @Nullable Integer favoriteNumber,")
        .contains("@NoDefault(nullLast = true) @Nullable String favoriteColor) {");
  }

  @Test
  void avroDocumentationUserWithDefaultsIsExpressible() {
    String text = roundTrip("""
        {"namespace": "example.avro", "type": "record", "name": "User",
         "fields": [
             {"name": "name", "type": "string"},
             {"name": "favorite_number",  "type": ["null", "int"], "default": null},
             {"name": "favorite_color", "type": ["string", "null"], "default": "blue"}
         ]}""");
    assertThat(text).contains("@Event(fieldNaming = FieldNaming.SNAKE_CASE)")
        .contains("@Nullable Integer favoriteNumber")
        .contains("@AvroDefault(\"\\\"blue\\\"\") @Nullable String favoriteColor");
  }

  @Test
  void confluentPaymentExample() {
    // Confluent's examples, clients/avro: src/main/resources/avro/io/confluent/examples/clients/basicavro/Payment.avsc
    String text = roundTrip("""
        {"namespace": "io.confluent.examples.clients.basicavro",
         "type": "record",
         "name": "Payment",
         "fields": [
             {"name": "id", "type": "string"},
             {"name": "amount", "type": "double"}
         ]
        }""");
    assertThat(text).contains("package io.confluent.examples.clients.basicavro;")
        .contains("public record Payment(String id, double amount)");
  }

  @Test
  void twitterExampleKeepsItsMistypedDocKeyAsAProperty() {
    // the widely copied twitter.avsc (miguno/avro-cli-examples): "doc:" is a typo, so a property
    String text = roundTrip("""
        {"type": "record", "name": "twitter_schema", "namespace": "com.miguno.avro",
         "fields": [
           {"name": "username", "type": "string", "doc": "Name of the user account on Twitter.com"},
           {"name": "tweet", "type": "string", "doc": "The content of the user's Twitter message"},
           {"name": "timestamp", "type": "long", "doc": "Unix epoch time in seconds"}
         ],
         "doc:": "A basic schema for storing Twitter messages"}""");
    assertThat(text).contains("@AvroProp(key = \"doc:\", value = \"\\\"A basic schema for storing"
        + " Twitter messages\\\"\")").contains("@param username Name of the user account on"
        + " Twitter.com").contains("public record twitter_schema(");
  }

  @Test
  void debeziumStyleEnvelopeWithASharedRowRecord() {
    // the shape of a Debezium change event value (connect.name properties, before/after rows)
    String text = roundTrip("""
        {"type": "record", "name": "Envelope", "namespace": "dbserver1.inventory.customers",
         "fields": [
           {"name": "before", "type": ["null", {"type": "record", "name": "Value", "fields": [
               {"name": "id", "type": "int"},
               {"name": "first_name", "type": "string"},
               {"name": "last_name", "type": "string"},
               {"name": "email", "type": "string"}],
             "connect.name": "dbserver1.inventory.customers.Value"}], "default": null},
           {"name": "after", "type": ["null", "Value"], "default": null},
           {"name": "op", "type": "string"},
           {"name": "ts_ms", "type": ["null", "long"], "default": null}
         ],
         "connect.name": "dbserver1.inventory.customers.Envelope"}""");
    assertThat(text).contains("public record Value(int id, String firstName, String lastName,")
        .contains("@Nullable Value before, @Nullable Value after, String op,");
  }

  @Test
  void avroSpecificationLinkedListWithoutADefault() {
    // the Avro specification's example of a recursive record
    String text = roundTrip("""
        {"type": "record", "name": "LongList", "aliases": ["LinkedLongs"],
         "fields": [
           {"name": "value", "type": "long"},
           {"name": "next", "type": ["null", "LongList"]}
         ]}""");
    assertThat(text).contains("public record LongList(long value, @NoDefault @Nullable LongList"
        + " next)");
  }

  @Test
  void avroSpecificationLinkedListWithDefaultNullIsExpressible() {
    String text = roundTrip("""
        {"type": "record", "name": "LongList", "namespace": "spec", "aliases": ["LinkedLongs"],
         "fields": [
           {"name": "value", "type": "long"},
           {"name": "next", "type": ["null", "LongList"], "default": null}
         ]}""");
    assertThat(text).contains("@AvroAlias(\"LinkedLongs\")")
        .contains("public record LongList(long value, @Nullable LongList next)");
  }

  @Test
  void kafkaConnectDatagenUsersKeepsArgPropertiesOnTheFieldTypes() {
    // Kafka Connect datagen's users schema: arg.properties on the field types
    String text = roundTrip("""
        {"namespace": "ksql", "name": "users", "type": "record",
         "fields": [
           {"name": "registertime", "type": {"type": "long",
             "arg.properties": {"range": {"min": 1487715775521, "max": 1519273364600}}}},
           {"name": "userid", "type": {"type": "string",
             "arg.properties": {"regex": "User_[1-9]{0,1}"}}},
           {"name": "regionid", "type": {"type": "string",
             "arg.properties": {"regex": "Region_[1-9]?"}}},
           {"name": "gender", "type": {"type": "string",
             "arg.properties": {"options": ["MALE", "FEMALE", "OTHER"]}}}
         ]}""");
    assertThat(text).contains("public record users(")
        .contains("@AvroTypeProp(key = \"arg.properties\", value = \"{\\\"range\\\":{\\\"min\\\":"
            + "1487715775521,\\\"max\\\":1519273364600}}\") long registertime")
        .contains("@AvroTypeProp(key = \"arg.properties\", value = \"{\\\"options\\\":[\\\"MALE\\\","
            + "\\\"FEMALE\\\",\\\"OTHER\\\"]}\") String gender");
  }

  @Test
  void avroInteropStyleRecordWithANullFieldAndStringTypes() {
    // the shape of Avro's interop schema (share/test/schemas/interop.avsc): a "null" field, and
    // "avro.java.string" as Avro's Java compiler writes it on strings (stringType String)
    String text = roundTrip("""
        {"type": "record", "name": "Interop", "namespace": "org.apache.avro",
         "fields": [
           {"name": "intField", "type": "int"},
           {"name": "stringField", "type": {"type": "string", "avro.java.string": "String"}},
           {"name": "nullField", "type": "null"},
           {"name": "arrayField", "type": {"type": "array", "items": "double"}},
           {"name": "mapField", "type": {"type": "map", "values":
             {"type": "string", "avro.java.string": "String"},
             "avro.java.string": "String"}},
           {"name": "nulls", "type": {"type": "array", "items": "null"}},
           {"name": "fixedField", "type": {"type": "fixed", "name": "MD5", "size": 16,
             "encoding": "hex"}}
         ]}""");
    assertThat(text).contains("Void nullField")
        .contains("@AvroTypeProp(key = \"avro.java.string\", value = \"\\\"String\\\"\") String"
            + " stringField")
        .contains("List<Void> nulls")
        .contains("@Fixed(value = 16, name = \"MD5\") @AvroTypeProp(key = \"encoding\","
            + " value = \"\\\"hex\\\"\") ByteBuffer fixedField");
  }

  @Test
  void ledgerWithADecimalOnFixedADurationAndABigDecimal() {
    // the shapes parquet-avro and Avro's own logical-type tests use: a decimal on a fixed shared
    // from a common namespace (with doc and an alias), an INTERVAL as a 12-byte duration, Avro
    // 1.12's big-decimal, and a checksum fixed without a namespace
    String text = roundTrip("""
        {"type": "record", "name": "LedgerEntry", "namespace": "com.acme.ledger",
         "fields": [
           {"name": "amount", "type": {"type": "fixed", "name": "Money",
             "namespace": "com.acme.common", "doc": "Cents, two's complement", "aliases":
             ["Amount"], "size": 8, "logicalType": "decimal", "precision": 18, "scale": 2}},
           {"name": "fee", "type": ["null", "com.acme.common.Money"], "default": null},
           {"name": "interval", "type": {"type": "fixed", "name": "Interval", "size": 12,
             "logicalType": "duration"}},
           {"name": "rate", "type": {"type": "bytes", "logicalType": "big-decimal"}},
           {"name": "checksum", "type": {"type": "fixed", "name": "Md5", "namespace": "",
             "size": 16}}
         ]}""");
    assertThat(text).contains("@Fixed(value = 8, name = \"Money\", namespace = \"com.acme.common\","
            + " doc = \"Cents, two's complement\", aliases = \"Amount\")")
        .contains("@AvroDecimal(precision = 18, scale = 2) BigDecimal amount")
        .contains("AvroDuration interval")
        .contains("@AvroBigDecimal BigDecimal rate")
        .contains("@Fixed(value = 16, name = \"Md5\", namespace = Fixed.NO_NAMESPACE) ByteBuffer"
            + " checksum");
  }

  @Test
  void topLevelUnionOfFixedTypesInTwoNamespaces() {
    // once refused ("fixed in another namespace"): @Fixed(namespace) says each fixed's own
    String text = roundTrip("""
        ["null", {"type": "array", "items": {"type": "fixed", "name": "F", "namespace": "a",
          "size": 2}}, {"type": "fixed", "name": "G", "namespace": "b", "size": 3}]""");
    assertThat(text).contains("namespace = \"b\"");
  }

  @Test
  void sortOrderAndANaNDefault() {
    // a field "order" (the Avro specification's sort order) and the default Avro writes for NaN
    String text = roundTrip("""
        {"type": "record", "name": "Score", "namespace": "com.acme.ranking",
         "fields": [
           {"name": "player", "type": "string", "order": "ignore"},
           {"name": "points", "type": "long", "order": "descending"},
           {"name": "ratio", "type": "double", "default": "NaN"},
           {"name": "floor", "type": "float", "default": "-Infinity"}
         ]}""");
    assertThat(text).contains("@AvroOrder(SortOrder.IGNORE) String player")
        .contains("@AvroOrder(SortOrder.DESCENDING) long points")
        .contains("@AvroDefault(\"\\\"NaN\\\"\") double ratio")
        .contains("@AvroDefault(\"\\\"-Infinity\\\"\") float floor");
  }

  @Test
  void cloudEventsAttributeMapAndDataAreGeneralUnions() {
    // CloudEvents' Avro format (spec/cloudevents/formats/cloudevents.avsc), abridged
    String text = roundTrip("""
        {"namespace": "io.cloudevents", "type": "record", "name": "CloudEvent",
         "fields": [
           {"name": "attribute", "type": {"type": "map",
             "values": ["null", "boolean", "int", "string", "bytes"]}},
           {"name": "data", "type": ["bytes", "null", "boolean",
             {"type": "map", "values": ["null", "boolean", "string"]},
             {"type": "array", "items": "string"}, "double", "string"]}
         ]}""");
    assertThat(text).contains("public record CloudEvent(Map<String, Attribute> attribute,"
        + " Data data)")
        .contains("@AvroUnion\npublic sealed interface Attribute permits Attribute.Null,"
            + " Attribute.BooleanValue, Attribute.IntValue, Attribute.StringValue,"
            + " Attribute.BytesValue {")
        .contains("  record Null() implements Attribute {}")
        .contains("  record IntValue(int value) implements Attribute {}")
        .contains("  record MapValue(Map<String, DataUnion> value) implements Data {}")
        .contains("  record ArrayValue(List<String> value) implements Data {}");
  }

  @Test
  void avroTestSchemaWithAUnionOfAnIntAndAString() {
    // the shape of Avro's own test schemas (share/test/schemas): a general union with a default
    String text = roundTrip("""
        {"type": "record", "name": "Interop", "namespace": "org.apache.avro",
         "fields": [
           {"name": "intField", "type": "int"},
           {"name": "unionField", "type": ["boolean", "double", {"type": "array",
             "items": "bytes"}]},
           {"name": "idOrName", "type": ["int", "string"], "default": 1}
         ]}""");
    assertThat(text).contains("@AvroDefault(\"1\") IdOrName idOrName")
        .contains("record DoubleValue(double value) implements UnionField {}");
  }

  @Test
  void unionOfRecordsAtTheTopIsASealedEvent() {
    String text = roundTrip("""
        [{"type": "record", "name": "Created", "namespace": "com.acme.orders",
          "fields": [{"name": "id", "type": "string"}]},
         {"type": "record", "name": "Cancelled", "namespace": "com.acme.orders",
          "fields": [{"name": "id", "type": "string"}, {"name": "reason", "type": "string"}]}]""");
    assertThat(text).contains("@Event\npublic sealed interface Case permits Created, Cancelled")
        .contains("public record Created(String id) implements Case");
  }

  @Test
  void avroSpecificationEnumAtTheTopIsAnEnumEvent() {
    // the Avro specification's enum example (Suit), with the empty namespace mapped to a package
    String text = roundTrip(Generator.builder().packageMapping("", "com.acme.cards").build(), """
        {"type": "enum", "name": "Suit", "doc": "A card's suit.", "default": "SPADES",
         "symbols": ["SPADES", "HEARTS", "DIAMONDS", "CLUBS"]}""");
    assertThat(text).contains("package com.acme.cards;")
        .contains("/**\n * A card's suit.\n */\n@Event\n@AvroNamespace(\"\")\npublic enum Suit {")
        .contains("@EnumDefault\n  SPADES,");
  }

  @Test
  void avroInteropEnumWithAKeywordSymbol() {
    String text = roundTrip("""
        {"type": "enum", "name": "Kind", "namespace": "org.apache.avro.interop",
         "aliases": ["OldKind"], "symbols": ["FOO", "BAR", "class"]}""");
    assertThat(text).contains("@Event\n@AvroAlias(\"OldKind\")\npublic enum Kind {")
        .contains("@AvroName(\"class\")\n  class_");
  }

  @Test
  void aNullableStringOrLongAtTheTopIsAUnionEvent() {
    // a registry subject whose value schema is ["null", "string", "long"], as in Avro's tests
    String text = roundTrip("[\"null\", \"string\", \"long\"]");
    assertThat(text).contains("@Event\n@AvroUnion\npublic sealed interface Case permits"
        + " Case.Null, Case.StringValue, Case.LongValue {")
        .contains("record LongValue(long value) implements Case {}");
  }

  @Test
  void aRecordOrAStringAtTheTopTakesTheRecordsNamespace() {
    String text = roundTrip("""
        ["null", {"type": "record", "name": "Payment",
          "namespace": "io.confluent.examples.clients.basicavro",
          "fields": [{"name": "id", "type": "string"}, {"name": "amount", "type": "double"}]},
         "string"]""");
    assertThat(text).contains("package io.confluent.examples.clients.basicavro;")
        .contains("@Event\n@AvroUnion\npublic sealed interface Case permits Case.Null,"
            + " Case.PaymentValue, Case.StringValue {");
  }

  @Test
  void anArrayOfAFixedAtTheTopTakesTheFixedsNamespace() {
    // the fixed, however deep, is in the event's namespace, which the processor gives it
    String text = roundTrip("""
        [{"type": "array", "items": {"type": "fixed", "name": "Digest", "namespace": "com.acme.hash",
           "size": 16}},
         {"type": "record", "name": "Ref", "namespace": "com.acme.refs",
          "fields": [{"name": "id", "type": "string"}]}]""");
    assertThat(text).contains("package com.acme.hash;")
        .contains("@Event\n@AvroUnion\npublic sealed interface Case permits Case.ArrayValue,"
            + " Case.RefValue {")
        .contains("import com.acme.refs.Ref;");
  }

  @Test
  void aUnionOfOneRecordAtTheTopIsAUnionEvent() {
    // one record is no sealed interface of records: a one-branch @AvroUnion
    String text = roundTrip("""
        [{"type": "record", "name": "Ping", "namespace": "com.acme",
          "fields": [{"name": "at", "type": "long"}]}]""");
    assertThat(text).contains("package com.acme;")
        .contains("@Event\n@AvroUnion\npublic sealed interface Case permits Case.PingValue {");
  }
}
