package io.eventschema.processor;

import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;

/** The fixtures of issue 3's type system, under src/test/resources/sources/issue3. */
public final class Issue3Sources {
  static final String DIR = "sources/issue3/com/acme/shop/";
  static final String[] FILES = {"Status.java", "Address.java", "Shape.java", "Expr.java",
      "Scalars.java", "Containers.java", "Times.java", "Structures.java", "Shaped.java",
      "OrderEvent.java", "Validated.java"};

  private Issue3Sources() {}

  /** Every fixture, compiled together as one user's sources. */
  public static JavaFileObject[] all() {
    JavaFileObject[] files = new JavaFileObject[FILES.length];
    for (int i = 0; i < FILES.length; i++) {
      files[i] = Compile.resource(DIR + FILES[i]);
    }
    return files;
  }
}
