package io.eventschema.processor;

import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;

/**
 * The shop fixtures (every mapped type, schema option and constraint of com.acme.shop), under
 * src/test/resources/sources/shop.
 */
public final class ShopSources {
  static final String DIR = "sources/shop/com/acme/shop/";
  static final String[] FILES = {"Status.java", "Address.java", "Shape.java", "Expr.java",
      "Scalars.java", "Containers.java", "Times.java", "Structures.java", "Shaped.java",
      "OrderEvent.java", "Validated.java"};

  private ShopSources() {}

  /** Every fixture, compiled together as one user's sources. */
  public static JavaFileObject[] all() {
    JavaFileObject[] files = new JavaFileObject[FILES.length];
    for (int i = 0; i < FILES.length; i++) {
      files[i] = Compile.resource(DIR + FILES[i]);
    }
    return files;
  }
}
