package io.eventschema.codec;

/**
 * Counts the work of one message against its {@link Limits}: the collection items it declared so
 * far (all blocks, all nesting levels) and the record nesting it is in. A reader (or writer) of
 * any format holds one per thread, calls {@link #restart} before each message, {@link #items}
 * for each block count it reads, and {@link #enter}/{@link #exit} around each nested record.
 * Nothing to undo after an exception: the next {@link #restart} forgets it. Not thread-safe.
 */
public final class ReadBudget {
  private long maxItems;
  private int maxDepth;
  private long items;
  private int depth;

  public ReadBudget() {
    this(Limits.DEFAULT);
  }

  public ReadBudget(Limits limits) {
    limits(limits);
  }

  /** Uses {@code limits} from now on (and restarts the count). */
  public ReadBudget limits(Limits limits) {
    this.maxItems = limits.maxItems();
    this.maxDepth = limits.maxDepth();
    return restart();
  }

  /** Uses the limits {@code other} uses (and restarts the count); allocates nothing. */
  public ReadBudget sameLimitsAs(ReadBudget other) {
    this.maxItems = other.maxItems;
    this.maxDepth = other.maxDepth;
    return restart();
  }

  /** The limits counted against. */
  public Limits limits() {
    return new Limits(maxItems, maxDepth);
  }

  /** Starts a new message: no items counted, depth 0. */
  public ReadBudget restart() {
    items = 0;
    depth = 0;
    return this;
  }

  /** The items counted since {@link #restart}. */
  public long itemCount() {
    return items;
  }

  /** The current record nesting depth. */
  public int depth() {
    return depth;
  }

  /**
   * Counts {@code count} more items of a collection at {@code path} (a field path, or a
   * description of where).
   *
   * @throws LimitExceededException if the message then declares more than the limit
   */
  public void items(long count, String path) throws LimitExceededException {
    long total = items + count;
    if (count < 0 || total > maxItems || total < 0) {
      throw new LimitExceededException("the payload declares more than " + maxItems
          + " collection items in all (" + count + " more at " + where(path) + ", after "
          + items + ")", Limits.MAX_ITEMS_CONFIG);
    }
    items = total;
  }

  /**
   * Enters a record nested at {@code path}.
   *
   * @throws LimitExceededException if records then nest deeper than the limit
   */
  public void enter(String path) throws LimitExceededException {
    if (++depth > maxDepth) {
      int was = depth - 1;
      depth = was;
      throw new LimitExceededException("records nest deeper than " + maxDepth
          + " levels at " + where(path), Limits.MAX_DEPTH_CONFIG);
    }
  }

  /** Leaves the record last {@linkplain #enter entered}. */
  public void exit() {
    depth--;
  }

  private static String where(String path) {
    return path == null || path.isEmpty() ? "the event" : "field '" + path + "'";
  }
}
