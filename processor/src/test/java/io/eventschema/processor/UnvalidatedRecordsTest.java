package io.eventschema.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.DiagnosticAssertions;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * EVS027: a component that holds a record with constraints where Bean Validation does not cascade
 * (no {@code @Valid}) is a warning, since those constraints are never checked; a
 * {@code @SuppressWarnings("eventschema:EVS027")} on the component or a type around it silences
 * it.
 */
class UnvalidatedRecordsTest {

  private static JavaFileObject event(String... body) {
    return DiagnosticAssertions.event(body);
  }

  private static List<Diagnostic<? extends JavaFileObject>> evs027(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getMessage(null).contains("[EVS027]")).toList();
  }

  private static final String LINE_ITEM =
      "  public record LineItem(@NotBlank String sku, @Positive int quantity) {}";

  @Test
  void aListOfConstrainedRecordsWithoutValidIsAWarningOnThatComponent() {
    JavaFileObject e = event("public record E(long id,",
        "    List<LineItem> items) {",
        LINE_ITEM,
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[EVS027] field 'items' holds E.LineItem, which"
            + " has constraints, but is not @Valid, so Bean Validation never checks them. Hint:"
            + " put @Valid where the record is: on 'items' itself for a record, on the type"
            + " argument in a container (List<@Valid LineItem>")
        .inFile(e).onLineContaining("List<LineItem> items");
    assertThat(evs027(c)).hasSize(1);
  }

  @Test
  void aRecordOptionalOrMapValueWithoutValidIsAWarningToo() {
    JavaFileObject e = event("public record E(long id,",
        "    LineItem first,",
        "    Optional<LineItem> second,",
        "    Map<String, LineItem> bySku) {",
        LINE_ITEM,
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).hadWarningContaining("[EVS027] field 'first' holds")
        .inFile(e).onLineContaining("LineItem first");
    assertThat(c).hadWarningContaining("[EVS027] field 'second' holds")
        .inFile(e).onLineContaining("Optional<LineItem> second");
    assertThat(c).hadWarningContaining("[EVS027] field 'bySku' holds")
        .inFile(e).onLineContaining("Map<String, LineItem> bySku");
    assertThat(evs027(c)).hasSize(3);
  }

  @Test
  void validOnTheComponentOrOnTheTypeArgumentCascadesSoNoWarning() {
    Compilation c = Compile.withProcessor(event("public record E(long id,",
        "    @jakarta.validation.Valid List<LineItem> items,",
        "    List<@jakarta.validation.Valid LineItem> more,",
        "    @jakarta.validation.Valid Optional<LineItem> maybe,",
        "    Map<String, @jakarta.validation.Valid LineItem> byKey,",
        "    @jakarta.validation.Valid LineItem one) {",
        LINE_ITEM,
        "}"));
    assertThat(c).succeeded();
    assertThat(evs027(c)).isEmpty();
  }

  @Test
  void aRecordWithoutConstraintsNeedsNoValid() {
    Compilation c = Compile.withProcessor(event("public record E(long id,",
        "    List<Plain> items) {",
        "  public record Plain(String sku, int quantity) {}",
        "}"));
    assertThat(c).succeeded();
    assertThat(evs027(c)).isEmpty();
  }

  @Test
  void constraintsOnlyDeeperDownThroughValidStillCount() {
    // Outer has no constraint of its own, but it cascades into Inner, which has one
    JavaFileObject e = event("public record E(long id,",
        "    Outer outer) {",
        "  public record Outer(@jakarta.validation.Valid Inner inner) {}",
        "  public record Inner(@NotBlank String name) {}",
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).hadWarningContaining("[EVS027] field 'outer' holds E.Outer, which has"
            + " constraints")
        .inFile(e).onLineContaining("Outer outer");
    assertThat(evs027(c)).hasSize(1);
  }

  @Test
  void aNestedRecordsOwnUnvalidatedComponentIsWarnedOnToo() {
    JavaFileObject e = event("public record E(long id,",
        "    @jakarta.validation.Valid Outer outer) {",
        "  public record Outer(",
        "      Inner inner) {}",
        "  public record Inner(@NotBlank String name) {}",
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).hadWarningContaining("[EVS027] field 'inner' holds E.Inner")
        .inFile(e).onLineContaining("Inner inner");
    assertThat(evs027(c)).hasSize(1);
  }

  @Test
  void aSealedInterfaceOfConstrainedRecordsWithoutValidIsAWarning() {
    JavaFileObject e = event("public record E(long id,",
        "    Payment payment) {",
        "  public sealed interface Payment permits Card, Cash {}",
        "  public record Card(@NotBlank String number) implements Payment {}",
        "  public record Cash(long cents) implements Payment {}",
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).hadWarningContaining("[EVS027] field 'payment' holds E.Card, which has"
            + " constraints")
        .inFile(e).onLineContaining("Payment payment");
  }

  @Test
  void suppressWarningsOnTheComponentSilencesIt() {
    Compilation c = Compile.withProcessor(event("public record E(long id,",
        "    @SuppressWarnings(\"eventschema:EVS027\") List<LineItem> items,",
        "    @SuppressWarnings({\"unchecked\", \"eventschema\"}) LineItem first) {",
        LINE_ITEM,
        "}"));
    assertThat(c).succeeded();
    assertThat(evs027(c)).isEmpty();
  }

  @Test
  void suppressWarningsOnTheRecordOrAnEnclosingTypeSilencesIt() {
    Compilation onRecord = Compile.withProcessor(Compile.source("p.E",
        "package p;",
        "import io.eventschema.*;",
        "import jakarta.validation.constraints.*;",
        "import java.util.*;",
        "@Event",
        "@SuppressWarnings(\"eventschema:EVS027\")",
        "public record E(long id, List<LineItem> items) {",
        LINE_ITEM,
        "}"));
    assertThat(onRecord).succeeded();
    assertThat(evs027(onRecord)).isEmpty();
    Compilation onOuter = Compile.withProcessor(Compile.source("p.Outer",
        "package p;",
        "import io.eventschema.*;",
        "import jakarta.validation.constraints.*;",
        "import java.util.*;",
        "@SuppressWarnings(\"eventschema:EVS027\")",
        "public final class Outer {",
        "  @Event",
        "  public record E(long id, List<LineItem> items) {}",
        LINE_ITEM,
        "}"));
    assertThat(onOuter).succeeded();
    assertThat(evs027(onOuter)).isEmpty();
    // another id does not silence it
    Compilation other = Compile.withProcessor(event("public record E(long id,",
        "    @SuppressWarnings(\"eventschema:EVS105\") List<LineItem> items) {",
        LINE_ITEM,
        "}"));
    assertThat(evs027(other)).hasSize(1);
  }

  @Test
  void aRecordSharedByTwoEventsIsWarnedOnOnce() {
    JavaFileObject shared = Compile.source("p.Holder",
        "package p;",
        "import jakarta.validation.constraints.*;",
        "public record Holder(",
        "    Item item) {",
        "  public record Item(@NotBlank String sku) {}",
        "}");
    JavaFileObject a = Compile.source("p.A", "package p;", "import io.eventschema.*;",
        "@Event public record A(@jakarta.validation.Valid Holder holder) {}");
    JavaFileObject b = Compile.source("p.B", "package p;", "import io.eventschema.*;",
        "@Event public record B(@jakarta.validation.Valid Holder holder) {}");
    Compilation c = Compile.withProcessor(shared, a, b);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[EVS027] field 'item' holds Holder.Item")
        .inFile(shared).onLineContaining("Item item");
    assertThat(evs027(c)).hasSize(1);
  }

  /**
   * The warning's premise, with Hibernate Validator as the oracle: where EVS027 warns, an invalid
   * record inside is not reported; where it does not (the same shapes with @Valid), it is.
   */
  @Test
  void whereItWarnsHibernateValidatorSkipsTheRecordsAndWhereItDoesNotItChecksThem()
      throws Exception {
    String[] shapes = {"List<LineItem>", "Optional<LineItem>", "Map<String, LineItem>",
        "LineItem"};
    String[] valid = {"List<@jakarta.validation.Valid LineItem>",
        "Optional<@jakarta.validation.Valid LineItem>",
        "Map<String, @jakarta.validation.Valid LineItem>", "@jakarta.validation.Valid LineItem"};
    jakarta.validation.Validator hibernate =
        jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    for (int k = 0; k < shapes.length; k++) {
      for (String type : new String[] {shapes[k], valid[k]}) {
        JavaFileObject e = event("public record E(", "    " + type + " held) {", LINE_ITEM, "}");
        Compilation c = Compile.withProcessor(e);
        assertThat(c).succeeded();
        io.eventschema.processor.testing.CompiledClasses classes =
            new io.eventschema.processor.testing.CompiledClasses(c);
        Object bad = classes.load("p.E$LineItem").getDeclaredConstructors()[0]
            .newInstance("", 0);
        Object held = type.startsWith("List") ? List.of(bad)
            : type.startsWith("Optional") ? java.util.Optional.of(bad)
            : type.startsWith("Map") ? java.util.Map.of("k", bad) : bad;
        Object event = classes.load("p.E").getDeclaredConstructors()[0].newInstance(held);
        boolean warned = !evs027(c).isEmpty();
        boolean checked = !hibernate.validate(event).isEmpty();
        assertThat(warned).as("%s: warned %s, Hibernate Validator checked %s", type, warned,
            checked).isEqualTo(!checked);
      }
    }
  }
}
