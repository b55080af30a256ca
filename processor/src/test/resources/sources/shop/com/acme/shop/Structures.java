package com.acme.shop;

import io.eventschema.Event;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Sealed unions as field types, and recursive records. */
@Event(namespace = "com.acme.shop")
public record Structures(
    Shape shape,
    @Nullable Shape maybeShape,
    Optional<Shape> optionalShape,
    List<Shape> shapes,
    Expr expr,
    TreeNode tree,
    @Nullable Link chain,
    Status status) {

  /** A tree: each node refers to its own type. */
  public record TreeNode(String label, List<TreeNode> children) {}

  /** A linked list. */
  public record Link(int value, @Nullable Link next) {}
}
