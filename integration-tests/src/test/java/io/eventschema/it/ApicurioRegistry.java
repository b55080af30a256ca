package io.eventschema.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real Apicurio Registry, unpacked by the build from Maven Central and started here as a child
 * process on free loopback ports, once for the whole test run. JUnit closes it at the end of the
 * run, pass or fail; a shutdown hook closes it if the JVM exits first; and the process runs under
 * a small watchdog shell that stops it when this JVM dies, even by SIGKILL, so nothing is left
 * running.
 *
 * <p>Use as {@code @ExtendWith(ApicurioRegistry.class)} and take an {@code ApicurioRegistry}
 * parameter.
 */
public final class ApicurioRegistry implements ParameterResolver, AutoCloseable {
  private static final Namespace NS = Namespace.create(ApicurioRegistry.class);
  private static final String WATCHDOG = "parent=$1; shift; \"$@\" & child=$!;"
      + " trap 'kill -TERM $child 2>/dev/null; wait $child; exit 0' TERM INT;"
      + " while kill -0 $parent 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done;"
      + " kill -TERM $child 2>/dev/null; wait $child";

  private final Process process;
  private final int port;
  private final String version;
  private final Path log;
  private volatile long startMillis;
  private volatile String scheme = "http";
  private final Thread hook;
  private volatile boolean closed;

  /** For JUnit's {@code @ExtendWith}; the registry itself is made by {@link #start()}. */
  public ApicurioRegistry() {
    this.process = null;
    this.port = 0;
    this.version = null;
    this.log = null;
    this.startMillis = 0;
    this.hook = null;
  }

  private ApicurioRegistry(Process process, int port, String version, Path log, long startMillis) {
    this.process = process;
    this.port = port;
    this.version = version;
    this.log = log;
    this.startMillis = startMillis;
    this.hook = new Thread(this::close, "apicurio-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == ApicurioRegistry.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Object started = e.getRoot().getStore(NS).getOrComputeIfAbsent("registry", k -> {
      try {
        return start();
      } catch (Exception ex) {
        return new IllegalStateException("could not start Apicurio Registry: " + ex.getMessage(),
            ex);
      }
    });
    if (started instanceof IllegalStateException failed) {
      throw failed;
    }
    return started;
  }

  /** The Confluent-compatible API's base URL: {@code http://127.0.0.1:<port>/apis/ccompat/v7}. */
  public String ccompatUrl() {
    return scheme + "://127.0.0.1:" + port + "/apis/ccompat/v7";
  }

  /** The API's port (https for a registry from {@link #startTls}). */
  public int port() {
    return port;
  }

  public String version() {
    return version;
  }

  /** Milliseconds from process start to {@code /health/ready} answering UP. */
  public long startMillis() {
    return startMillis;
  }

  static ApicurioRegistry start() throws Exception {
    return start(List.of(), false);
  }

  /**
   * A registry that answers https only, on {@link #port()}: {@code sslProperties} are Quarkus'
   * {@code -Dquarkus.http.ssl.*} settings (key store, trust store, client auth); plain http
   * requests to the API are refused ({@code quarkus.http.insecure-requests=disabled}). The caller
   * closes it.
   */
  static ApicurioRegistry startTls(List<String> sslProperties) throws Exception {
    return start(sslProperties, true);
  }

  private static ApicurioRegistry start(List<String> extra, boolean tls) throws Exception {
    String home = System.getProperty("apicurio.home");
    String version = System.getProperty("apicurio.version", "?");
    String java = System.getProperty("apicurio.java",
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jar = home == null ? null : launcher(Path.of(home));
    if (jar == null) {
      throw new IllegalStateException("no Apicurio Registry (quarkus-run.jar or *-runner.jar) at"
          + " apicurio.home=" + home + "; run these tests with `mvn verify`, which unpacks it");
    }
    if (!Files.isExecutable(Path.of(java))) {
      throw new IllegalStateException("no java at apicurio.java=" + java);
    }
    int major = javaMajor(Path.of(java));
    if (version.startsWith("3.") && major > 0 && major < 21) {
      throw new IllegalStateException("Apicurio Registry " + version + " needs Java 21+, but "
          + java + " is Java " + major + "; set -Dapicurio.it.java=<a JDK 21+ java> or"
          + " -Dapicurio.it.version=2.6.13.Final");
    }
    int port = freePort();
    int management = freePort();
    int plain = tls ? freePort() : port;
    Path logDir = Path.of(System.getProperty("apicurio.log.dir", System.getProperty("java.io.tmpdir")));
    Path log = logDir.resolve("apicurio-" + port + ".log");
    List<String> command = new ArrayList<>(List.of("bash", "-c", WATCHDOG, "apicurio-watchdog",
        Long.toString(ProcessHandle.current().pid()), java, "-Xmx384m",
        "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + plain,
        "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + management,
        "-Dquarkus.http.access-log.enabled=false",
        // Confluent's default compatibility (Apicurio's own default is NONE); 3.x and 2.x names
        "-Dapicurio.rules.global.compatibility=BACKWARD",
        "-Dregistry.rules.global.compatibility=BACKWARD",
        "-jar", jar));
    if (tls) {
      List<String> ssl = new ArrayList<>(List.of("-Dquarkus.http.ssl-port=" + port,
          "-Dquarkus.http.insecure-requests=disabled"));
      ssl.addAll(extra);
      command.addAll(command.indexOf("-jar"), ssl);
    }
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(Path.of(home).toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ApicurioRegistry registry = new ApicurioRegistry(process, port, version, log, 0);
    registry.scheme = tls ? "https" : "http";
    try {
      waitReady(process, tls ? plain : port, management, log);
      if (!tls) {
        // the system property sets it on 3.x; 2.x reads another name: set it the Confluent way
        requireBackward(port);
      }
    } catch (Exception | Error e) {
      registry.close();
      throw e;
    }
    registry.startMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("Apicurio Registry %s (Java %d) ready in %d ms at %s%n", version, major,
        registry.startMillis, registry.ccompatUrl());
    return registry;
  }

  /** 3.x is a fast-jar (quarkus-run.jar), 2.x a legacy jar (*-runner.jar). */
  private static String launcher(Path home) throws IOException {
    if (Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
      return "quarkus-run.jar";
    }
    if (!Files.isDirectory(home)) {
      return null;
    }
    try (var files = Files.list(home)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-runner.jar"))
          .findFirst().orElse(null);
    }
  }

  private static void waitReady(Process process, int port, int management, Path log)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<URI> probes = List.of(URI.create("http://127.0.0.1:" + management + "/health/ready"),
        URI.create("http://127.0.0.1:" + port + "/health/ready"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue()
            + " before it was ready; last lines of " + log + ":\n" + tail(log));
      }
      for (URI probe : probes) {
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(probe)
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200 && r.body().contains("UP")) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Apicurio Registry not ready after 180 s; last lines of "
        + log + ":\n" + tail(log));
  }

  private static void requireBackward(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI config = URI.create("http://127.0.0.1:" + port + "/apis/ccompat/v7/config");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(config)
        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"BACKWARD\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("could not set the global compatibility to BACKWARD: HTTP "
          + r.statusCode() + " " + r.body());
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static int javaMajor(Path java) {
    Path release = java.getParent().getParent().resolve("release");
    try {
      Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
      return m.find() ? Integer.parseInt(m.group(1)) : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Stops the registry (SIGTERM through the watchdog, then SIGKILL after 20 s); idempotent. */
  @Override
  public synchronized void close() {
    if (closed || process == null) {
      return;
    }
    closed = true;
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      for (ProcessHandle h : tree) {
        if (h.isAlive()) {
          h.destroyForcibly();
          h.onExit().get(5, TimeUnit.SECONDS);
        }
      }
    } catch (Exception e) {
      tree.forEach(ProcessHandle::destroyForcibly);
    }
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // already running the hooks
      }
    }
  }
}
