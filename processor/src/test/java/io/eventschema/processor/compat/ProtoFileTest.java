package io.eventschema.processor.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.compat.ProtoFile.External;
import io.eventschema.processor.compat.ProtoFile.Field;
import io.eventschema.processor.compat.ProtoFile.Label;
import io.eventschema.processor.compat.ProtoFile.Local;
import io.eventschema.processor.compat.ProtoFile.MapOf;
import io.eventschema.processor.compat.ProtoFile.Range;
import io.eventschema.processor.compat.ProtoFile.Scalar;
import io.eventschema.processor.protobuf.ProtobufSources;
import io.eventschema.processor.testing.Compile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The history's .proto reader: what the processor writes, what people add, and clear refusals. */
class ProtoFileTest {
  private static final Compilation EVENTS = Compile.succeeded(ProtobufSources.all());

  @ParameterizedTest
  @ValueSource(strings = {"Scalars", "Containers", "Shape"})
  void readsEveryProtoTheProcessorWritesForTheTestEvents(String event) {
    String text = ProtobufSources.protoText(EVENTS, event);
    ProtoFile file = ProtoFile.parse(event + ".proto", text);
    assertThat(file.pkg()).isEqualTo("com.acme.proto");
    ProtoFile.Message root = file.message("com.acme.proto." + event);
    assertThat(root).isNotNull();
    // every field line of the text is one parsed field
    long declared = text.lines().filter(l -> l.matches("\\s+[^/].* = \\d+;")).count();
    long parsed = file.messages().values().stream().mapToLong(m -> m.fields().size()).sum()
        + file.enums().values().stream().mapToLong(e -> e.values().size()).sum();
    assertThat(parsed).as(text).isEqualTo(declared);
  }

  @Test
  void readsNestingMapsOneofsOptionsAndReservedStatements() {
    ProtoFile f = ProtoFile.parse("hand.proto", """
        // a comment
        syntax = "proto3";
        /* a block
           comment */
        package com.acme;
        import "google/protobuf/timestamp.proto";
        import public "other.proto";
        option java_multiple_files = true;
        option (my.ext).flag = -1;

        message Order {
          option deprecated = true;
          message Line {
            string sku = 1 [deprecated = true, (x.y) = "z"];
          }
          enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1 [deprecated = true]; reserved 5 to max; }
          reserved 4, 9 to 11, 20 to max;
          reserved "old", 'older';
          int64 id = 1;
          repeated Line lines = 2;
          map<string, Line> by_sku = 3;
          optional Kind kind = 5;
          google.protobuf.Timestamp at = 6;
          .com.acme.Order.Line first = 7;
          oneof choice {
            string text = 8;
            bytes data = 12;
          }
          repeated int32 counts = 13 [packed = true];
        }
        """);
    ProtoFile.Message m = f.message("com.acme.Order");
    assertThat(m.reservedNumbers()).containsExactly(new Range(4, 4), new Range(9, 11),
        new Range(20, ProtoFile.MAX_FIELD));
    assertThat(m.reservedNames()).containsExactly("old", "older");
    assertThat(m.fields()).extracting(Field::name).containsExactly("id", "lines", "by_sku",
        "kind", "at", "first", "text", "data", "counts");
    assertThat(m.byName("lines").type()).isEqualTo(new Local("com.acme.Order.Line", false));
    assertThat(m.byName("lines").label()).isEqualTo(Label.REPEATED);
    assertThat(m.byName("by_sku").type())
        .isEqualTo(new MapOf("string", new Local("com.acme.Order.Line", false)));
    assertThat(m.byName("kind").type()).isEqualTo(new Local("com.acme.Order.Kind", true));
    assertThat(m.byName("kind").label()).isEqualTo(Label.OPTIONAL);
    assertThat(m.byName("at").type()).isEqualTo(new External("google.protobuf.Timestamp"));
    assertThat(m.byName("first").type()).isEqualTo(new Local("com.acme.Order.Line", false));
    assertThat(m.byName("data").oneof()).isEqualTo("choice");
    assertThat(m.byName("id").oneof()).isNull();
    assertThat(m.byName("counts").type()).isEqualTo(new Scalar("int32"));
    assertThat(m.byNumber(12).name()).isEqualTo("data");
    assertThat(m.reserves(10)).isTrue();
    assertThat(m.reserves(12)).isFalse();
    assertThat(f.enums().get("com.acme.Order.Kind").reservedNumbers())
        .containsExactly(new Range(5, ProtoFile.MAX_ENUM));
    assertThat(m.byName("id").line()).isEqualTo(19);
  }

  @Test
  void aNestedTypeResolvesInTheInnermostScopeFirst() {
    ProtoFile f = ProtoFile.parse("scopes.proto", """
        syntax = "proto3";
        package p;
        message Item { int32 a = 1; }
        message Outer {
          message Item { string b = 1; }
          Item inner = 1;
          .p.Item outer = 2;
        }
        message Other { Item item = 1; Outer.Item nested = 2; }
        """);
    assertThat(f.message("p.Outer").byName("inner").type()).isEqualTo(new Local("p.Outer.Item",
        false));
    assertThat(f.message("p.Outer").byName("outer").type()).isEqualTo(new Local("p.Item", false));
    assertThat(f.message("p.Other").byName("item").type()).isEqualTo(new Local("p.Item", false));
    assertThat(f.message("p.Other").byName("nested").type())
        .isEqualTo(new Local("p.Outer.Item", false));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("syntax = \"proto2\";",
            1, "syntax \"proto2\" is not proto3"),
        Arguments.of("edition = \"2023\";",
            1, "editions are not read"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  required int32 a = 1;\n"
            + "}",
            3, "'required' is proto2"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 1;\n"
            + "  group G = 2 {}\n"
            + "}",
            4, "'group' is not in the proto3 subset"),
        Arguments.of("syntax = \"proto3\";\n"
            + "service S {}",
            2, "'service' is not in the proto3 subset"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  extensions 100 to 200;\n"
            + "}",
            3, "'extensions' is not"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  Missing a = 1;\n"
            + "}",
            3, "type 'Missing' is not defined in this file"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 1;\n"
            + "  int32 b = 1;\n"
            + "}",
            4, "fields 'a' and 'b' both have number 1"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 1\n"
            + "}",
            4, "expected ';', found '}'"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 19500;\n"
            + "}",
            3, "field 'a' has number 19500, which protobuf does not allow"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 536870912;\n"
            + "}",
            3, "out of range"),
        Arguments.of("syntax = \"proto3\";\n"
            + "/* never closed\n"
            + "message M {}",
            2, "a /* comment is never closed"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 1;",
            3, "the file ends in the middle"),
        Arguments.of("syntax = \"proto3\";\n"
            + "enum E { A = 1; }",
            2, "must start with a value numbered 0"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  string s = 1 [default = \"x\" ;\n"
            + "}",
            3, "expected ',' or ']'"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M { int32 a = 1; }\n"
            + "message M { int32 b = 1; }",
            3, "'M' is defined twice"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  int32 a = 1; @\n"
            + "}",
            3, "unexpected character '@'"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  reserved 9 to 3;\n"
            + "}",
            3, "the range 9 to 3 is empty"),
        Arguments.of("syntax = \"proto3\";\n"
            + "message M {\n"
            + "  reserved \"a\", 2;\n"
            + "}",
            3, "reserved names are quoted"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("refused")
  void whatItDoesNotReadIsAnErrorNamingTheFileAndLine(String text, int line, String message) {
    assertThatThrownBy(() -> ProtoFile.parse("com.acme.E/v1.proto", text))
        .isInstanceOf(ProtoSyntaxException.class)
        .hasMessageStartingWith("com.acme.E/v1.proto:" + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void nestingIsBounded() {
    StringBuilder b = new StringBuilder("syntax = \"proto3\";\n");
    for (int i = 0; i < 40; i++) {
      b.append("message M").append(i).append(" {\n");
    }
    assertThatThrownBy(() -> ProtoFile.parse("deep.proto", b.toString()))
        .isInstanceOf(ProtoSyntaxException.class)
        .hasMessageContaining("nested more than 32 deep");
  }

  @Test
  void reservedRangesAreMergedAndLeaveOutTheNumbersInUse() {
    List<Range> merged = ProtoEvolution.merge(List.of(new Range(5, 5), new Range(2, 3),
        new Range(4, 4), new Range(9, 12), new Range(11, 20)));
    assertThat(merged).containsExactly(new Range(2, 5), new Range(9, 20));
    assertThat(ProtoEvolution.subtract(merged, java.util.Set.of(2, 4, 9, 15, 30)))
        .containsExactly(new Range(3, 3), new Range(5, 5), new Range(10, 14), new Range(16, 20));
    assertThat(ProtoEvolution.subtract(List.of(new Range(7, ProtoFile.MAX_FIELD)),
        java.util.Set.of(ProtoFile.MAX_FIELD)))
        .containsExactly(new Range(7, ProtoFile.MAX_FIELD - 1));
  }
}
