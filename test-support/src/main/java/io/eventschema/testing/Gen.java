package io.eventschema.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random test values from one seed: the same seed gives the same values, in the same order. Numbers
 * hit their edge cases (bounds, zero, ±1, special floating-point values) about one time in eight,
 * sizes are empty or at their maximum about one time in eight each, and the rest is uniform, so
 * the cases where encoders usually break come up in every few hundred tries.
 *
 * <p>Composite values are built by passing generators around as {@code Function<Gen, T>}, e.g.
 * {@code gen.listOf(4, Gen::string)}.
 */
public final class Gen {
  private static final int EDGE_ONE_IN = 8;
  private final long seed;
  private final SplittableRandom random;

  public Gen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The seed these values come from. */
  public long seed() {
    return seed;
  }

  private boolean edge() {
    return random.nextInt(EDGE_ONE_IN) == 0;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public boolean bool() {
    return random.nextBoolean();
  }

  /** Any int; edges: MIN, MIN + 1, -1, 0, 1, MAX - 1, MAX. */
  public int ints() {
    if (edge()) {
      return pick(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1,
          Integer.MAX_VALUE);
    }
    // small magnitudes as often as large ones: every varint length
    return random.nextInt() >> random.nextInt(32);
  }

  /** An int in {@code [min, max]}; edges: the bounds, and 0 when inside. */
  public int ints(int min, int max) {
    if (edge()) {
      int e = pick(min, max, 0, min + 1 <= max ? min + 1 : min);
      return e < min || e > max ? min : e;
    }
    return (int) longs(min, max);
  }

  /** Any long; edges: MIN, MIN + 1, -1, 0, 1, MAX - 1, MAX. */
  public long longs() {
    if (edge()) {
      return pick(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1,
          Long.MAX_VALUE);
    }
    return random.nextLong() >> random.nextInt(64);
  }

  /** A long in {@code [min, max]}; edges: the bounds, and 0 when inside. */
  public long longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    if (edge()) {
      long e = pick(min, max, 0L);
      return e < min || e > max ? max : e;
    }
    if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
      return random.nextLong();
    }
    if (max - min >= 0 && max - min < Long.MAX_VALUE) {
      return min + random.nextLong(max - min + 1);
    }
    long v;
    do {
      v = random.nextLong();
    } while (v < min || v > max);
    return v;
  }

  public byte bytes() {
    return (byte) ints(Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public short shorts() {
    return (short) ints(Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** Any char, surrogates included. */
  public char chars() {
    return (char) ints(Character.MIN_VALUE, Character.MAX_VALUE);
  }

  /** Any float; edges: NaN, ±infinity, ±0, MIN_VALUE, MIN_NORMAL, MAX_VALUE, ±1. */
  public float floats() {
    if (edge()) {
      return pick(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f,
          Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 1.0f, -1.0f);
    }
    return bool() ? Float.intBitsToFloat(random.nextInt())
        : (float) ((random.nextDouble() - 0.5) * Math.pow(10, ints(-6, 12)));
  }

  /** Any double; edges: NaN, ±infinity, ±0, MIN_VALUE, MIN_NORMAL, MAX_VALUE, ±1. */
  public double doubles() {
    if (edge()) {
      return pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
          Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0);
    }
    return bool() ? Double.longBitsToDouble(random.nextLong())
        : (random.nextDouble() - 0.5) * Math.pow(10, ints(-12, 18));
  }

  /** A BigInteger in {@code [min, max]}; edges: the bounds, 0 and ±1 when inside. */
  public BigInteger bigIntegers(BigInteger min, BigInteger max) {
    if (edge()) {
      BigInteger e = pick(min, max, BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate());
      if (e.compareTo(min) >= 0 && e.compareTo(max) <= 0) {
        return e;
      }
    }
    BigInteger range = max.subtract(min).add(BigInteger.ONE);
    // a random bit length first, so small values come up as often as large ones
    int bits = 1 + random.nextInt(range.bitLength());
    BigInteger v;
    do {
      v = new BigInteger(bits, new java.util.Random(random.nextLong()));
    } while (v.compareTo(range) >= 0);
    return min.add(v);
  }

  /** A size in {@code [0, max]}: 0 and max about one time in eight each. */
  public int size(int max) {
    int r = random.nextInt(EDGE_ONE_IN);
    if (r == 0) {
      return 0;
    }
    if (r == 1) {
      return max;
    }
    return random.nextInt(max + 1);
  }

  /** Random bytes, {@code size(maxSize)} of them. */
  public byte[] byteArray(int maxSize) {
    return byteArrayOfSize(size(maxSize));
  }

  /** Exactly {@code size} random bytes. */
  public byte[] byteArrayOfSize(int size) {
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = bytes();
    }
    return out;
  }

  /** A string of any chars (unpaired surrogates included), at most {@code maxLength}. */
  public String anyString(int maxLength) {
    int n = size(maxLength);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(chars());
    }
    return s.toString();
  }

  /** A string of the given chars only, at most {@code maxLength}. */
  public String stringOf(int maxLength, char... alphabet) {
    int n = size(maxLength);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return s.toString();
  }

  /**
   * A string of valid Unicode (no unpaired surrogate), at most {@code maxLength} code points:
   * mostly printable ASCII, then the rest of the BMP and supplementary code points.
   */
  public String string(int maxLength) {
    int n = size(maxLength);
    int[] cps = new int[n];
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(10);
      cps[i] = r < 6 ? ints(0x20, 0x7e) : r < 8 ? ints(0, 0xd7ff)
          : r < 9 ? ints(0xe000, 0xffff) : ints(0x10000, 0x10ffff);
    }
    return new String(cps, 0, n);
  }

  /** A string of at most 16 code points, as {@link #string(int)}. */
  public String string() {
    return string(16);
  }

  /** One of {@code values}. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of {@code values}. */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A value of one of the generators, each equally likely. */
  @SafeVarargs
  public final <T> T oneOf(Function<Gen, ? extends T>... generators) {
    return generators[random.nextInt(generators.length)].apply(this);
  }

  /** A value of one of the generators, each equally likely. */
  public <T> T oneOf(List<? extends Function<Gen, ? extends T>> generators) {
    return generators.get(random.nextInt(generators.size())).apply(this);
  }

  /** A list of {@code size(maxSize)} items. */
  public <T> List<T> listOf(int maxSize, Function<Gen, ? extends T> item) {
    int n = size(maxSize);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.apply(this));
    }
    return out;
  }

  /** A map of at most {@code maxSize} entries (fewer when keys repeat), in insertion order. */
  public <K, V> Map<K, V> mapOf(int maxSize, Function<Gen, ? extends K> key,
      Function<Gen, ? extends V> value) {
    int n = size(maxSize);
    Map<K, V> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(key.apply(this), value.apply(this));
    }
    return out;
  }
}
