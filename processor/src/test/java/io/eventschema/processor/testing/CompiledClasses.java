package io.eventschema.processor.testing;

import com.google.testing.compile.Compilation;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a {@link Compilation} produced (the test's records and the generated codecs and
 * serdes) from memory, with the test class path (runtime, Avro, Kafka) as parent.
 */
public final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  public CompiledClasses(Compilation compilation) {
    this(compilation, CompiledClasses.class.getClassLoader());
  }

  /** The classes of {@code compilation}, over those {@code parent} loads. */
  public CompiledClasses(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        int at = path.indexOf("CLASS_OUTPUT/");
        String name = path.substring(at + "CLASS_OUTPUT/".length(), path.length() - 6)
            .replace('/', '.');
        classes.put(name, Compile.bytes(f));
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] b = classes.get(name);
    if (b == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, b, 0, b.length);
  }

  /** The class {@code name}, loaded from the compilation. */
  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not compiled; have " + classes.keySet(), e);
    }
  }
}
