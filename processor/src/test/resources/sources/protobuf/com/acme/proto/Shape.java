package com.acme.proto;

import io.eventschema.Event;
import io.eventschema.Format;
import java.util.List;

/** A sealed event: one message with a oneof of its records. */
@Event(namespace = "com.acme.proto", formats = {Format.AVRO, Format.PROTOBUF})
public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Group {
  record Circle(double radius) implements Shape {}

  record Square(double side, String label) implements Shape {}

  record Group(List<Shape> members) implements Shape {}
}
