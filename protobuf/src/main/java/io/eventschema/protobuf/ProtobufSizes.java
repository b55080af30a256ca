package io.eventschema.protobuf;

import java.util.Arrays;

/**
 * The sizes of one event's nested messages (records, map entries, packed runs) and its decimal
 * texts, worked out once by the generated codec's size pass and read back, in the same order, by
 * its write pass: every length prefix is computed once per write, however deep the nesting (the
 * write pass would otherwise size each nested message again, once per level above it), and each
 * decimal is turned into text once.
 *
 * <p>The size pass calls {@link #reserve()} before it sizes a nested message and
 * {@link #set(int, int)} after, so slots are in pre-order, the order the write pass meets the
 * length prefixes with {@link #next()}. Not thread-safe: one per thread, {@link #reset()} per
 * event; the arrays grow to the largest event written and are kept.
 */
public final class ProtobufSizes {
  private int[] sizes = new int[32];
  private int count;
  private int cursor;
  private Object[] texts = new Object[4];
  private int textCount;
  private int textCursor;

  /** Empties this for the next event. */
  public ProtobufSizes reset() {
    count = 0;
    cursor = 0;
    Arrays.fill(texts, 0, textCount, null);
    textCount = 0;
    textCursor = 0;
    return this;
  }

  /** The slot of the next nested message's size, taken before its own nested messages. */
  public int reserve() {
    if (count == sizes.length) {
      sizes = Arrays.copyOf(sizes, count * 2);
    }
    return count++;
  }

  /** Records the size of the message of {@code slot}, and returns it. */
  public int set(int slot, int size) {
    sizes[slot] = size;
    return size;
  }

  /** The next length prefix of the write pass. */
  public int next() {
    return sizes[cursor++];
  }

  /** Keeps the wire text of a value (a decimal) for the write pass, and returns it. */
  public String keep(String text) {
    if (textCount == texts.length) {
      texts = Arrays.copyOf(texts, textCount * 2);
    }
    texts[textCount++] = text;
    return text;
  }

  /** The next text {@link #keep} kept. */
  public String nextText() {
    return (String) texts[textCursor++];
  }
}
