package com.acme.shop;

/** A sealed interface of records: a union in permits order. */
public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Polygon {
  record Circle(double radius) implements Shape {}

  record Square(double side) implements Shape {}

  record Polygon(java.util.List<Double> sides) implements Shape {}
}
