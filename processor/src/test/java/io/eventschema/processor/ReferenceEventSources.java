package io.eventschema.processor;

import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;

/** The reference event's and the all-types record's sources, for tests in other packages. */
public final class ReferenceEventSources {
  private ReferenceEventSources() {}

  public static JavaFileObject[] reference() {
    return new JavaFileObject[] {
        Compile.file("com.example.events.UserInteractionEvent", ReferenceEventTest.SOURCE)};
  }

  public static JavaFileObject[] allTypes() {
    return AllTypesTest.sources();
  }
}
