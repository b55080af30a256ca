package io.eventschema.codec;

/**
 * The bounds on the work one message may cause, the same for every format: how many collection
 * items a payload may declare in all (every block, every nesting level) and how deeply records may
 * nest. The configuration keys and their defaults live here so that the serdes, the generated
 * readers and writers, the transcoder and any other format's reader share one definition; each
 * message is counted by a {@link ReadBudget} made from these limits. Immutable.
 */
public record Limits(long maxItems, int maxDepth) {
  /** The serde setting for {@link #maxItems}. */
  public static final String MAX_ITEMS_CONFIG = "eventschema.max.items";
  /** The serde setting for {@link #maxDepth}. */
  public static final String MAX_DEPTH_CONFIG = "eventschema.max.depth";

  /**
   * Items one message may declare in all its arrays and maps. Items that take bytes are also
   * bounded by the payload's size; this bound is what stops items that take none (an empty
   * record) from turning a few bytes into unbounded work. One million: as many one-byte items as
   * a message of Kafka's default 1 MB limit can hold; 10 million empty records made the fuzz
   * suite's young collections take seconds on a loaded 2-core machine.
   */
  public static final long DEFAULT_MAX_ITEMS = 1_000_000L;

  /**
   * How deeply records may nest below the event (the event itself is depth 0). Well below what
   * a default thread stack holds: measured here (Java 17, 1 MB default thread stack), the
   * transcoder reading a recursive record it reorders overflowed at 1,903 levels, the deepest-
   * framed of our recursive readers; 500 leaves the caller's own frames (a Kafka consumer, a
   * framework) almost three quarters of the stack.
   */
  public static final int DEFAULT_MAX_DEPTH = 500;

  /** The defaults. */
  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_ITEMS, DEFAULT_MAX_DEPTH);

  public Limits {
    if (maxItems < 0) {
      throw new IllegalArgumentException(MAX_ITEMS_CONFIG + " must be at least 0, not " + maxItems);
    }
    if (maxDepth < 1) {
      throw new IllegalArgumentException(MAX_DEPTH_CONFIG + " must be at least 1, not "
          + maxDepth);
    }
  }
}
