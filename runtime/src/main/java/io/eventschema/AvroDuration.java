package io.eventschema;

/**
 * A value of Avro's {@code duration} logical type, {@code {"type": "fixed", "size": 12,
 * "logicalType": "duration"}}: a number of months, days and milliseconds, each an unsigned 32-bit
 * count, independent of one another (a month is not a number of days, nor a day of milliseconds).
 * On the wire the three counts follow one another, each four bytes little-endian, as the Avro
 * specification says.
 *
 * <p>A component of this type becomes such a fixed: its name is the one {@code @Fixed(value = 12,
 * name = ...)} gives, or the field name with its first letter in upper case, as for any fixed.
 *
 * @param months the months, 0 to {@link #MAX_COUNT}
 * @param days the days, 0 to {@link #MAX_COUNT}
 * @param millis the milliseconds, 0 to {@link #MAX_COUNT}
 */
public record AvroDuration(long months, long days, long millis) {
  /** The largest count: 2^32 - 1. */
  public static final long MAX_COUNT = 0xFFFF_FFFFL;

  /** The bytes of a duration on the wire. */
  public static final int SIZE = 12;

  /** Refuses a count outside 0 to {@link #MAX_COUNT}: Avro has four unsigned bytes for each. */
  public AvroDuration {
    check("months", months);
    check("days", days);
    check("millis", millis);
  }

  private static void check(String what, long count) {
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException("an Avro duration's " + what + " are an unsigned 32-bit"
          + " count (0 to " + MAX_COUNT + "), not " + count);
    }
  }
}
