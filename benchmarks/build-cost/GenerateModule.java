import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a module of N {@code @Event} records for the build-cost benchmark (run.sh): each record
 * has ten components of the kinds a real event has (long, String, Optional<String>, Instant, an
 * enum, a nested record, List<String>, Map<String,String>, BigDecimal with @Digits, a @Nullable
 * Integer) and a few constraints, so three classes per record are compiled without the processor
 * (the record, its enum, its nested record). The nested record has constraints of its own, so its
 * component is {@code @Valid}, as in a module that builds without warnings (without it, each event
 * gets an EVS027 warning, and printing 100 of them is part of what javac spends).
 *
 * <pre>java GenerateModule.java OUT_DIR N [shared]</pre>
 *
 * writes OUT_DIR/src/main/java/bench/events/Event000.java ... Deterministic: the same N gives the
 * same sources. With {@code shared}, every event also has an {@code Address} and a {@code Money}
 * (records of the package {@code bench.events.shared}, marked {@code @SharedType}, with an enum
 * and constraints of their own): the module of a team whose events share a few named types.
 */
public final class GenerateModule {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path pkg = out.resolve("src/main/java/bench/events");
    Files.createDirectories(pkg);
    boolean shared = args.length > 2 && args[2].equals("shared");
    for (int i = 0; i < n; i++) {
      String name = String.format("Event%03d", i);
      String text = source(name, i, "");
      if (shared) {
        text = text.replace("import io.eventschema.Event;\n",
                "import bench.events.shared.Address;\nimport bench.events.shared.Money;\n"
                    + "import io.eventschema.Event;\n")
            .replace("    @Nullable @Min(0) Integer count) {",
                "    @Nullable @Min(0) Integer count,\n"
                    + "    @NotNull @Valid Address shipTo,\n"
                    + "    @NotNull @Valid Money total) {");
      }
      Files.writeString(pkg.resolve(name + ".java"), text, StandardCharsets.UTF_8);
    }
    if (shared) {
      Path sharedPkg = pkg.resolve("shared");
      Files.createDirectories(sharedPkg);
      Files.writeString(sharedPkg.resolve("Address.java"), ADDRESS, StandardCharsets.UTF_8);
      Files.writeString(sharedPkg.resolve("Money.java"), MONEY, StandardCharsets.UTF_8);
    }
  }

  static final String ADDRESS = """
      package bench.events.shared;

      import io.eventschema.SharedType;
      import jakarta.validation.constraints.NotBlank;
      import jakarta.validation.constraints.Size;
      import java.util.Optional;

      /** A postal address, used by every event. */
      @SharedType
      public record Address(
          @NotBlank @Size(max = 64) String street,
          @NotBlank String city,
          Optional<@Size(max = 16) String> postCode,
          @NotBlank @Size(min = 2, max = 2) String country) {}
      """;

  static final String MONEY = """
      package bench.events.shared;

      import io.eventschema.SharedType;
      import jakarta.validation.constraints.Digits;
      import jakarta.validation.constraints.NotNull;
      import java.math.BigDecimal;

      /** An amount in a currency, used by every event. */
      @SharedType
      public record Money(
          @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount,
          @NotNull Currency currency) {

        /** The currencies of the benchmark. */
        public enum Currency { EUR, USD, GBP }
      }
      """;

  /** The source of one event; {@code marker} changes a comment (the "one record changed" edit). */
  static String source(String name, int i, String marker) {
    return """
        package bench.events;

        import io.eventschema.Event;
        import jakarta.validation.Valid;
        import jakarta.validation.constraints.Digits;
        import jakarta.validation.constraints.Min;
        import jakarta.validation.constraints.NotBlank;
        import jakarta.validation.constraints.NotNull;
        import jakarta.validation.constraints.Positive;
        import jakarta.validation.constraints.Size;
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import org.jspecify.annotations.Nullable;

        /** Benchmark event %2$d.%3$s */
        @Event(namespace = "bench.events")
        public record %1$s(
            @Positive long id,
            @NotBlank @Size(max = 64) String name,
            Optional<@Size(max = 32) String> note,
            @NotNull Instant at,
            @NotNull Status status,
            @NotNull @Valid Line line,
            @NotNull @Size(max = 20) List<@NotBlank String> tags,
            @NotNull Map<String, String> attributes,
            @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Nullable @Min(0) Integer count) {

          /** Where event %2$d is. */
          public enum Status { NEW, OPEN, CLOSED }

          /** A line of event %2$d. */
          public record Line(@NotBlank @Size(max = 16) String sku, @Positive int quantity) {}
        }
        """.formatted(name, i, marker);
  }
}
