package io.eventschema.generator;

/**
 * One generated Java source: {@code className} qualified ({@code com.acme.Order}), {@code text}
 * the file's content, and the schemas it came from.
 */
public record GeneratedSource(String className, String text) {
  /** The path of the file under an output directory: {@code com/acme/Order.java}. */
  public String relativePath() {
    return className.replace('.', '/') + ".java";
  }
}
