package io.eventschema.processor.protobuf;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real protoc (the executable Google publishes on Maven Central, copied into target/protoc by
 * the build): compiles a .proto with its imports and gives protobuf-java's descriptors of it, from
 * {@code --descriptor_set_out --include_imports}.
 */
final class Protoc {
  static final Path EXE = Paths.get("target", "protoc", "protoc.exe");
  private static final List<String> INCLUDES = List.of("google/protobuf/timestamp.proto",
      "google/type/date.proto", "google/type/timeofday.proto");

  /** What protoc said: its exit code and output, and the descriptors when it succeeded. */
  record Result(int exit, String output, FileDescriptor file) {}

  private Protoc() {}

  /** Compiles {@code text} as {@code path} (e.g. com/acme/proto/Scalars.proto). */
  static Result compile(String path, String text) {
    try {
      if (!Files.isExecutable(EXE) && !EXE.toFile().setExecutable(true)) {
        throw new IllegalStateException("cannot make " + EXE + " executable");
      }
      Path dir = Files.createTempDirectory("protoc");
      Path src = dir.resolve("src");
      Path include = dir.resolve("include");
      Files.createDirectories(src.resolve(path).getParent());
      Files.writeString(src.resolve(path), text);
      for (String i : INCLUDES) {
        // google/protobuf/* from protobuf-java's jar, google/type/* from test resources
        String resource = i.startsWith("google/type/") ? "protoc-include/" + i : i;
        try (InputStream in = Protoc.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("no resource " + resource);
          }
          Files.createDirectories(include.resolve(i).getParent());
          Files.write(include.resolve(i), in.readAllBytes());
        }
      }
      Path out = dir.resolve("descriptors.pb");
      Process p = new ProcessBuilder(EXE.toAbsolutePath().toString(), "-I" + src, "-I" + include,
          "--descriptor_set_out=" + out, "--include_imports", path)
          .redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("protoc did not finish in 60 s");
      }
      if (p.exitValue() != 0) {
        return new Result(p.exitValue(), output, null);
      }
      FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(out));
      Map<String, FileDescriptor> built = new HashMap<>();
      FileDescriptor last = null;
      // --include_imports lists dependencies before the files that import them
      for (FileDescriptorProto f : set.getFileList()) {
        FileDescriptor[] deps = f.getDependencyList().stream().map(built::get)
            .toArray(FileDescriptor[]::new);
        last = FileDescriptor.buildFrom(f, deps);
        built.put(f.getName(), last);
      }
      return new Result(0, output, built.get(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
