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
 * <pre>java GenerateModule.java OUT_DIR N</pre>
 *
 * writes OUT_DIR/src/main/java/bench/events/Event000.java ... Deterministic: the same N gives the
 * same sources.
 */
public final class GenerateModule {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path pkg = out.resolve("src/main/java/bench/events");
    Files.createDirectories(pkg);
    for (int i = 0; i < n; i++) {
      String name = String.format("Event%03d", i);
      Files.writeString(pkg.resolve(name + ".java"), source(name, i, ""), StandardCharsets.UTF_8);
    }
  }

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
