package io.eventschema.processor.protobuf;

import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;

/** The Protobuf test events: scalars, containers, a sealed event. */
public final class ProtobufSources {
  /** The simple names of the events, each a file under sources/protobuf/com/acme/proto/. */
  public static final String[] EVENTS = {"Scalars", "Containers", "Shape"};

  private ProtobufSources() {}

  public static JavaFileObject[] all() {
    JavaFileObject[] out = new JavaFileObject[EVENTS.length];
    for (int i = 0; i < EVENTS.length; i++) {
      out[i] = Compile.resource("sources/protobuf/com/acme/proto/" + EVENTS[i] + ".java");
    }
    return out;
  }

  /** The text of the .proto resource of {@code name} in package com.acme.proto. */
  public static String protoText(com.google.testing.compile.Compilation c, String name) {
    return Compile.generatedText(c, javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/protobuf/com/acme/proto/" + name + ".proto");
  }
}
