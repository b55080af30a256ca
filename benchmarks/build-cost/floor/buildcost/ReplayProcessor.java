package buildcost;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor of any processor that writes what eventschema's writes, for floor.sh: for each
 * {@code @Event} root it writes, through javac's Filer and with the root as originating element,
 * class files and resources that an earlier compilation with the real processor produced
 * (replay.dir), so javac compiles no generated source. What it costs over {@code -proc:none} is
 * what the Filer, the extra rounds and the generated class files cost by themselves: what a
 * processor writing bytecode directly would still pay.
 *
 * <p>Options: {@code replay.dir} (the class output of the real processor's compilation),
 * {@code replay.classes} (comma-separated suffixes of the generated classes to write, e.g.
 * {@code Codec,Validator}; absent: all; {@code -}: none), {@code replay.resources}
 * ({@code all}, {@code avsc} or {@code none}).
 */
@SupportedAnnotationTypes("io.eventschema.Event")
@SupportedOptions({"replay.dir", "replay.classes", "replay.resources"})
public final class ReplayProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
    Path dir = Path.of(processingEnv.getOptions().get("replay.dir"));
    String classes = processingEnv.getOptions().get("replay.classes");
    String resources = processingEnv.getOptions().getOrDefault("replay.resources", "all");
    for (TypeElement annotation : annotations) {
      for (Element e : env.getElementsAnnotatedWith(annotation)) {
        try {
          replay((TypeElement) e, dir, classes, resources);
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      }
    }
    return false;
  }

  private void replay(TypeElement root, Path dir, String classes, String resources)
      throws IOException {
    Filer filer = processingEnv.getFiler();
    String qualified = root.getQualifiedName().toString();
    String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
    String simple = root.getSimpleName().toString();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found =
        Files.newDirectoryStream(dir.resolve(pkg.replace('.', '/')), simple + "?*.class")) {
      found.forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".class", "");
      String suffix = name.substring(simple.length());
      if (suffix.startsWith("$")) {
        continue; // the user's own member classes
      }
      if (classes != null && !List.of(classes.split(",")).contains(suffix)) {
        continue;
      }
      try (OutputStream out = filer.createClassFile(pkg + "." + name, root).openOutputStream()) {
        out.write(Files.readAllBytes(file));
      }
    }
    if (resources.equals("none")) {
      return;
    }
    List<String> names = new ArrayList<>(List.of("META-INF/avro/" + qualified + ".avsc"));
    if (resources.equals("all")) {
      names.add("META-INF/eventschema/by-class/AVRO/" + qualified);
      names.add("META-INF/eventschema/by-name/AVRO/" + qualified);
    }
    for (String name : names) {
      try (OutputStream out =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, root).openOutputStream()) {
        out.write(Files.readAllBytes(dir.resolve(name)));
      }
    }
  }
}
