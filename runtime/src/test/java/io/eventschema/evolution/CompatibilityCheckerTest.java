package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.Compatibility;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

  private static Schema schema(String fields) {
    return new Schema.Parser().parse(("{'type':'record','name':'E','namespace':'ex','fields':["
        + fields + "]}").replace('\'', '"'));
  }

  private static final Schema V1 = schema("{'name':'id','type':'long'}");
  private static final Schema V2 = schema(
      "{'name':'id','type':'long'},{'name':'note','type':['null','string'],'default':null}");
  /** Adds a field without a default: readers of v2 cannot fill it from v1 or v2 data. */
  private static final Schema V3 = schema("{'name':'id','type':'long'},"
      + "{'name':'note','type':['null','string'],'default':null},{'name':'must','type':'int'}");
  /** Drops 'id', which has no default: v1 and v2 readers need it. */
  private static final Schema V4 = schema(
      "{'name':'note','type':['null','string'],'default':null}");

  @Test
  void addingAFieldWithADefaultIsFullyCompatible() {
    for (Compatibility level : Compatibility.values()) {
      assertThat(CompatibilityChecker.checkSchemas(V2, List.of(V1), level).isCompatible())
          .as(level.name()).isTrue();
    }
  }

  @Test
  void addingAFieldWithoutADefaultBreaksBackwardOnThatField() {
    CompatibilityReport r = CompatibilityChecker.checkSchemas(V3, List.of(V1, V2),
        Compatibility.BACKWARD);
    assertThat(r.problems()).hasSize(1);
    CompatibilityProblem p = r.problems().get(0);
    assertThat(p.version().version()).isEqualTo(2);
    assertThat(p.newReadsOld()).isTrue();
    assertThat(p.newSchemaField()).isEqualTo("must");
    assertThat(p.incompatibility().kind()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(p.message()).isEqualTo("the new schema cannot read data written with v2: field"
        + " 'must': the reader has field 'must', which has no default and which the writer does"
        + " not have");
    // but a FORWARD reader (v2) just skips it
    assertThat(CompatibilityChecker.checkSchemas(V3, List.of(V1, V2), Compatibility.FORWARD)
        .isCompatible()).isTrue();
  }

  @Test
  void removingAFieldWithoutADefaultBreaksForwardAndNamesNoNewField() {
    CompatibilityReport r = CompatibilityChecker.checkSchemas(V4, List.of(V1, V2),
        Compatibility.FORWARD_TRANSITIVE);
    assertThat(r.problems()).extracting(p -> p.version().version()).containsExactly(1, 2);
    for (CompatibilityProblem p : r.problems()) {
      assertThat(p.newReadsOld()).isFalse();
      assertThat(p.incompatibility().readerField()).isEqualTo("id");
      assertThat(p.newSchemaField()).isNull(); // the new schema has no such field
    }
    assertThat(CompatibilityChecker.checkSchemas(V4, List.of(V1, V2), Compatibility.BACKWARD)
        .isCompatible()).isTrue();
  }

  @Test
  void nonTransitiveLevelsLookAtTheLatestVersionOnly() {
    // v2 ('id' int) after v1 ('id' long): the transitive check also sees v1
    Schema v1 = schema("{'name':'id','type':'string'}");
    Schema v2 = schema("{'name':'id','type':'int'}");
    Schema v3 = schema("{'name':'id','type':'long'}");
    assertThat(CompatibilityChecker.checkSchemas(v3, List.of(v1, v2), Compatibility.BACKWARD)
        .isCompatible()).isTrue();
    CompatibilityReport transitive = CompatibilityChecker.checkSchemas(v3, List.of(v1, v2),
        Compatibility.BACKWARD_TRANSITIVE);
    assertThat(transitive.problems()).hasSize(1);
    assertThat(transitive.problems().get(0).message()).isEqualTo("the new schema cannot read"
        + " data written with v1: field 'id': the reader's long cannot read the writer's string");
  }

  @Test
  void typeChangesInsideContainersAndUnionsNameThePath() {
    Schema old = schema("{'name':'items','type':{'type':'array','items':{'type':'record',"
        + "'name':'Item','fields':[{'name':'price','type':['null','double']}]}}}");
    Schema now = schema("{'name':'items','type':{'type':'array','items':{'type':'record',"
        + "'name':'Item','fields':[{'name':'price','type':['null','float']}]}}}");
    List<SchemaIncompatibility> problems = CompatibilityChecker.canRead(now, old);
    assertThat(problems).extracting(SchemaIncompatibility::path).containsExactly("items[].price");
    assertThat(problems.get(0).kind()).isEqualTo("MISSING_UNION_BRANCH");
    assertThat(problems.get(0).reason()).isEqualTo(
        "the reader's union [null, float] has no branch that reads the writer's double");
  }

  @Test
  void aChangeInsideANullableRecordNamesTheFieldInsideItNotJustTheUnion() {
    String address = "{'type':'record','name':'Address','fields':[{'name':'street','type':"
        + "'string'},{'name':'zip','type':%s}]}";
    Schema old = schema("{'name':'address','type':['null'," + String.format(address, "'string'")
        + "],'default':null}");
    Schema now = schema("{'name':'address','type':['null'," + String.format(address, "'long'")
        + "],'default':null}");
    List<SchemaIncompatibility> problems = CompatibilityChecker.canRead(now, old);
    assertThat(problems).extracting(SchemaIncompatibility::path).containsExactly("address.zip");
    SchemaIncompatibility p = problems.get(0);
    assertThat(p.kind()).isEqualTo("TYPE_MISMATCH");
    assertThat(p.readerField()).isEqualTo("address");
    assertThat(p.reason()).isEqualTo("the reader's long cannot read the writer's string");
    // the pointer goes through the reader's union branch into the record
    assertThat(p.location()).isEqualTo("/fields/0/type/1/fields/1/type");
    // a record the reader's union does not hold by name stays a missing branch
    Schema renamed = schema("{'name':'address','type':['null',"
        + String.format(address, "'string'").replace("Address", "Place") + "],'default':null}");
    assertThat(CompatibilityChecker.canRead(renamed, old)).extracting(SchemaIncompatibility::kind)
        .containsExactly("MISSING_UNION_BRANCH");
  }

  @Test
  void noneAndAnEmptyHistoryAreAlwaysCompatible() {
    assertThat(CompatibilityChecker.checkSchemas(V4, List.of(V1), Compatibility.NONE)
        .isCompatible()).isTrue();
    assertThat(CompatibilityChecker.checkSchemas(V4, List.of(), Compatibility.FULL_TRANSITIVE)
        .isCompatible()).isTrue();
  }
}
