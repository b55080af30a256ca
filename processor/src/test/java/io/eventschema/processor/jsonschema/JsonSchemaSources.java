package io.eventschema.processor.jsonschema;

import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;

/** The JSON Schema test events: one of each shape (scalars, containers, constraints, sealed, defaults). */
public final class JsonSchemaSources {
  /** The simple names of the events, each a file under sources/jsonschema/com/acme/json/. */
  public static final String[] EVENTS = {"Kinds", "Holder", "Constrained", "Payment", "Defaults"};

  private JsonSchemaSources() {}

  public static JavaFileObject[] all() {
    JavaFileObject[] out = new JavaFileObject[EVENTS.length];
    for (int i = 0; i < EVENTS.length; i++) {
      out[i] = Compile.resource("sources/jsonschema/com/acme/json/" + EVENTS[i] + ".java");
    }
    return out;
  }

  /** The text of the JSON Schema resource of {@code fullName}. */
  public static String schemaText(com.google.testing.compile.Compilation c, String fullName) {
    return Compile.generatedText(c, javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/" + fullName + ".schema.json");
  }
}
