package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.InvalidDataException;
import java.io.EOFException;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The prefix plan applies exactly when the writer only added fields after the reader's. */
class WriterPrefixTest {
  private static final String READER_FIELDS = "{\"name\":\"id\",\"type\":\"long\"},"
      + "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\","
      + "\"name\":\"Tag\",\"fields\":[{\"name\":\"k\",\"type\":\"string\"}]}}},"
      + "{\"name\":\"kind\",\"type\":{\"type\":\"enum\",\"name\":\"Kind\","
      + "\"symbols\":[\"A\",\"B\"]}}";

  private static Schema record(String name, String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"" + name
        + "\",\"namespace\":\"t\",\"fields\":[" + fields + "]}");
  }

  private static final Schema READER = record("E", READER_FIELDS);

  private static WriterPrefix prefix(String writerFields) {
    return WriterPrefix.of(record("E", writerFields), READER);
  }

  @Test
  void appliesWhenTheWriterOnlyAddedFieldsAtTheEnd() {
    WriterPrefix one = prefix(READER_FIELDS + ",{\"name\":\"extra\",\"type\":\"string\"}");
    assertThat(one).isNotNull();
    assertThat(one.extraFields()).isEqualTo(1);
    // docs, defaults and logical types do not change the layout; an extra field reusing a type
    WriterPrefix three = prefix(READER_FIELDS.replace("\"type\":\"long\"}",
        "\"type\":\"long\",\"doc\":\"the id\",\"default\":0}")
        + ",{\"name\":\"more\",\"type\":[\"null\",\"Tag\"],\"default\":null}"
        + ",{\"name\":\"when\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}"
        + ",{\"name\":\"m\",\"type\":{\"type\":\"map\",\"values\":\"Kind\"}}");
    assertThat(three).isNotNull();
    assertThat(three.extraFields()).isEqualTo(3);
  }

  @Test
  void doesNotApplyToAnyOtherEvolution() {
    String extra = ",{\"name\":\"extra\",\"type\":\"string\"}";
    // the same schema (the direct plan's case), or the writer lacks a field
    assertThat(WriterPrefix.of(READER, READER)).isNull();
    assertThat(prefix("{\"name\":\"id\",\"type\":\"long\"}")).isNull();
    // a field added before the reader's last one
    assertThat(prefix("{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"extra\",\"type\":\"int\"},"
        + READER_FIELDS.substring(READER_FIELDS.indexOf("{\"name\":\"tags\"")))).isNull();
    // reordered
    assertThat(WriterPrefix.of(record("E", READER_FIELDS.substring(
        READER_FIELDS.indexOf("{\"name\":\"tags\"")) + ",{\"name\":\"id\",\"type\":\"long\"}"
        + extra), READER)).isNull();
    // a type promoted (int written, long read), a nested record or enum changed
    assertThat(prefix(READER_FIELDS.replace("\"type\":\"long\"", "\"type\":\"int\"") + extra))
        .isNull();
    assertThat(prefix(READER_FIELDS.replace("{\"name\":\"k\",\"type\":\"string\"}",
        "{\"name\":\"k\",\"type\":\"string\"},{\"name\":\"v\",\"type\":\"int\"}") + extra))
        .isNull();
    assertThat(prefix(READER_FIELDS.replace("[\"A\",\"B\"]", "[\"A\",\"B\",\"C\"]") + extra))
        .isNull();
    // a field renamed, or the record
    assertThat(prefix(READER_FIELDS.replace("\"name\":\"id\"", "\"name\":\"key\"") + extra))
        .isNull();
    assertThat(WriterPrefix.of(record("F", READER_FIELDS + extra), READER)).isNull();
    // aliases in the reader, at the top or inside a field's schema
    Schema aliased = record("E", READER_FIELDS.replace("\"name\":\"id\",",
        "\"name\":\"id\",\"aliases\":[\"extra\"],"));
    assertThat(WriterPrefix.of(record("E", READER_FIELDS + extra), aliased)).isNull();
    Schema nestedAlias = record("E", READER_FIELDS.replace("\"name\":\"Tag\",",
        "\"name\":\"Tag\",\"aliases\":[\"Label\"],"));
    assertThat(WriterPrefix.of(record("E", READER_FIELDS + extra), nestedAlias)).isNull();
    // not records
    Schema string = Schema.create(Schema.Type.STRING);
    assertThat(WriterPrefix.of(string, string)).isNull();
  }

  @Test
  void aRecursiveReferenceToTheTopRecordIsNotTheSameLayout() {
    // the writer's nested E has the extra field too: its bytes differ, so no prefix plan
    Schema reader = record("E", "{\"name\":\"a\",\"type\":\"int\"},"
        + "{\"name\":\"next\",\"type\":[\"null\",\"E\"]}");
    Schema writer = record("E", "{\"name\":\"a\",\"type\":\"int\"},"
        + "{\"name\":\"next\",\"type\":[\"null\",\"E\"]},{\"name\":\"x\",\"type\":\"int\"}");
    assertThat(WriterPrefix.of(writer, reader)).isNull();
  }

  @Test
  void skippingMalformedOrTruncatedExtraFieldsFails() {
    WriterPrefix p = prefix(READER_FIELDS + ",{\"name\":\"s\",\"type\":\"string\"},"
        + "{\"name\":\"u\",\"type\":[\"null\",\"int\"]}");
    assertThat(p).isNotNull();
    // "ab", then branch 1 with 3: complete
    byte[] ok = {4, 'a', 'b', 2, 6};
    AvroInput in = new AvroInput().reset(ok, 0, ok.length);
    try {
      p.skipRest(in);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(in.isEnd()).isTrue();
    for (int cut = 0; cut < ok.length; cut++) {
      AvroInput truncated = new AvroInput().reset(ok, 0, cut);
      assertThatThrownBy(() -> p.skipRest(truncated)).as("cut at %d", cut)
          .isInstanceOf(EOFException.class);
    }
    byte[] badBranch = {4, 'a', 'b', 4};
    assertThatThrownBy(() -> p.skipRest(new AvroInput().reset(badBranch, 0, badBranch.length)))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("union branch 2");
    byte[] negativeLength = {3};
    assertThatThrownBy(() -> p.skipRest(new AvroInput().reset(negativeLength, 0, 1)))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("negative");
  }
}
