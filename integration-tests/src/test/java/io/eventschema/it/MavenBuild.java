package io.eventschema.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small user project on disk and real Maven builds of it, forked from the test: the Maven that
 * runs this build ({@code it.maven.home}), the eventschema artifacts from the target-local
 * repository the build installed them into ({@code it.repo}), and every other artifact through a
 * mirror onto the machine's own local repository ({@code it.real.repo}), so the builds reach no
 * network and put nothing into ~/.m2.
 */
final class MavenBuild {
  /** What one forked build did. */
  record Result(int exitCode, String output, long millis) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  static final String VERSION = System.getProperty("it.eventschema.version", "0.1.0-SNAPSHOT");
  private static final long TIMEOUT_SECONDS = 300;

  final Path dir;
  private final Path settings;
  static long totalMillis;

  MavenBuild(String name) throws IOException {
    Path root = Path.of(System.getProperty("it.projects", "target/plugin-projects"));
    this.dir = root.resolve(name);
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    this.settings = root.resolve("settings.xml");
    writeSettings(settings);
  }

  /** Writes {@code text} to {@code relative} inside the project. */
  MavenBuild write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  /**
   * A pom whose build runs the processor and configures the plugin with {@code pluginConfig}
   * (the XML inside {@code <configuration>}).
   */
  MavenBuild pom(String pluginConfig) throws IOException {
    return pom(pluginConfig, "");
  }

  /** {@link #pom(String)} with {@code <executions>} XML for the plugin. */
  MavenBuild pom(String pluginConfig, String executions) throws IOException {
    return write("pom.xml", """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>it.user</groupId>
          <artifactId>user-events</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.eventschema</groupId>
              <artifactId>eventschema-runtime</artifactId>
              <version>@V@</version>
            </dependency>
            <!-- for events that ask for JSON Schema -->
            <dependency>
              <groupId>io.eventschema</groupId>
              <artifactId>eventschema-json-schema</artifactId>
              <version>@V@</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>@COMPILER@</version>
                <configuration>
                  <annotationProcessorPaths>
                    <path>
                      <groupId>io.eventschema</groupId>
                      <artifactId>eventschema-processor</artifactId>
                      <version>@V@</version>
                    </path>
                  </annotationProcessorPaths>
                </configuration>
              </plugin>
              <plugin>
                <groupId>io.eventschema</groupId>
                <artifactId>eventschema-maven-plugin</artifactId>
                <version>@V@</version>
                <configuration>
        @CONFIG@
                </configuration>
        @EXECUTIONS@
              </plugin>
            </plugins>
          </build>
        </project>
        """.replace("@V@", VERSION)
        .replace("@COMPILER@", System.getProperty("it.compiler.plugin.version", "3.14.0"))
        .replace("@CONFIG@", pluginConfig).replace("@EXECUTIONS@", executions));
  }

  /** Runs {@code mvn <args>} in the project. */
  Result run(String... args) throws IOException, InterruptedException {
    String home = System.getProperty("it.maven.home");
    String mvn = home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-Dstyle.color=never",
        "-s", settings.toString(),
        "-Dmaven.repo.local=" + Path.of(System.getProperty("it.repo", "target/it-repo"))
            .toAbsolutePath()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    // a forked Maven only runs short builds: start fast
    env.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m");
    env.remove("MAVEN_ARGS");
    env.remove(RegistryCredentials.USER_INFO_ENV);
    env.remove(RegistryCredentials.BEARER_TOKEN_ENV);
    Path log = dir.resolve("build-" + System.nanoTime() + ".log");
    pb.redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("mvn " + String.join(" ", args) + " did not finish in "
          + TIMEOUT_SECONDS + " s; output in " + log);
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    synchronized (MavenBuild.class) {
      totalMillis += millis;
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("forked mvn %s in %s: exit %d, %d ms%n", String.join(" ", args),
        dir.getFileName(), p.exitValue(), millis);
    return new Result(p.exitValue(), output, millis);
  }

  private static void writeSettings(Path file) throws IOException {
    String real = Path.of(System.getProperty("it.real.repo",
        System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        <settings>
          <mirrors>
            <mirror>
              <id>machine-local-repo</id>
              <url>@REAL@</url>
              <mirrorOf>*</mirrorOf>
            </mirror>
          </mirrors>
          <servers>
            <server>
              <id>it-registry</id>
              <username>@USER@</username>
              <password>@PASSWORD@</password>
            </server>
          </servers>
          <profiles>
            <profile>
              <id>it-repo</id>
              <repositories>
                <repository>
                  <id>machine-local-repo</id>
                  <url>@REAL@</url>
                  <releases><enabled>true</enabled></releases>
                  <snapshots><enabled>true</enabled><updatePolicy>never</updatePolicy></snapshots>
                </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
                  <id>machine-local-repo</id>
                  <url>@REAL@</url>
                  <releases><enabled>true</enabled></releases>
                  <snapshots><enabled>true</enabled><updatePolicy>never</updatePolicy></snapshots>
                </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>it-repo</activeProfile>
          </activeProfiles>
        </settings>
        """.replace("@REAL@", real).replace("@USER@", RegistryCredentials.USER)
        .replace("@PASSWORD@", RegistryCredentials.PASSWORD), StandardCharsets.UTF_8);
  }

  /** The credentials the settings.xml server holds; the builds must never print them. */
  static final class RegistryCredentials {
    static final String USER = "ci-user";
    static final String PASSWORD = "pa55-never-printed";
    static final String USER_INFO_ENV = "EVENTSCHEMA_REGISTRY_USER_INFO";
    static final String BEARER_TOKEN_ENV = "EVENTSCHEMA_REGISTRY_BEARER_TOKEN";

    private RegistryCredentials() {}
  }
}
