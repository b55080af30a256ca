package io.eventschema.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.Compatibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLevelsTest {
  @TempDir
  Path dir;

  /** Compiles {@code sources} (path → text) into {@code dir/classes}; returns that folder. */
  static Path compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path")));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return classes;
  }

  @Test
  void readsEachEventsOwnLevelAndFullNameFromTheClassFiles() throws IOException {
    Path classes = compile(dir, Map.of(
        "shop/OrderPlaced.java", """
            package shop;
            import io.eventschema.*;
            @Event(compatibility = Compatibility.NONE)
            public record OrderPlaced(String id) {}
            """,
        "shop/Paid.java", """
            package shop;
            @io.eventschema.Event(name = "PaymentReceived", namespace = "com.acme.pay",
                compatibility = io.eventschema.Compatibility.FULL_TRANSITIVE)
            public record Paid(long cents) {}
            """,
        "shop/Defaults.java", """
            package shop;
            @io.eventschema.Event(fieldNaming = io.eventschema.FieldNaming.SNAKE_CASE)
            public record Defaults(int userId) {}
            """,
        "shop/Outer.java", """
            package shop;
            public final class Outer {
              @io.eventschema.Event(compatibility = io.eventschema.Compatibility.FORWARD)
              public record Inner(int x) {}
              public record NotAnEvent(int y) {}
            }
            """,
        "shop/Events.java", """
            package shop;
            @io.eventschema.Event(compatibility = io.eventschema.Compatibility.BACKWARD_TRANSITIVE)
            public sealed interface Events permits Events.A {
              record A(int a) implements Events {}
            }
            """));
    Map<String, EventLevels.Found> found = EventLevels.scan(classes);
    assertThat(found.keySet()).containsExactly("com.acme.pay.PaymentReceived", "shop.Defaults",
        "shop.Events", "shop.Inner", "shop.OrderPlaced");
    assertThat(found.get("shop.OrderPlaced").level()).isEqualTo(Compatibility.NONE);
    assertThat(found.get("com.acme.pay.PaymentReceived").level())
        .isEqualTo(Compatibility.FULL_TRANSITIVE);
    assertThat(found.get("com.acme.pay.PaymentReceived").className()).isEqualTo("shop.Paid");
    assertThat(found.get("shop.Defaults").level()).isEqualTo(Compatibility.BACKWARD);
    assertThat(found.get("shop.Inner").level()).isEqualTo(Compatibility.FORWARD);
    assertThat(found.get("shop.Events").level()).isEqualTo(Compatibility.BACKWARD_TRANSITIVE);
  }

  @Test
  void aMissingFolderHasNoEventsAndACorruptClassFileIsAClearError() throws IOException {
    assertThat(EventLevels.scan(dir.resolve("nothing"))).isEmpty();
    Path bad = dir.resolve("Bad.class");
    byte[] bytes = ("\u00ca\u00fe\u00ba\u00be" + EventLevels.EVENT_DESCRIPTOR)
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(bad, bytes);
    assertThatThrownBy(() -> EventLevels.scan(dir)).isInstanceOf(PluginException.class)
        .hasMessageContaining("Bad.class");
  }
}
