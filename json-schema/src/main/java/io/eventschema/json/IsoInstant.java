package io.eventschema.json;

import java.time.Instant;

/**
 * A fast path for the instants JSON carries: {@code yyyy-mm-ddThh:mm:ss[.f{1,9}]} then {@code Z} or
 * {@code ±hh:mm}, read without {@code DateTimeFormatter} (which costs about a microsecond a value).
 * Anything else, or anything out of range, returns null and is left to
 * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}, which then accepts or refuses it: so the fast path
 * never accepts what the formatter would refuse.
 */
final class IsoInstant {
  private IsoInstant() {}

  /** The instant {@code s} denotes, or null if it is not in the common form (see above). */
  static Instant parse(String s) {
    return parse(s.toCharArray(), 0, s.length());
  }

  /** The instant the {@code n} characters at {@code o} denote, or null (see above). */
  static Instant parse(char[] c, int o, int n) {
    if (n < 20 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':'
        || c[o + 16] != ':') {
      return null;
    }
    int year = digits(c, o, 4);
    int month = digits(c, o + 5, 2);
    int day = digits(c, o + 8, 2);
    int hour = digits(c, o + 11, 2);
    int minute = digits(c, o + 14, 2);
    int second = digits(c, o + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int pos = 19;
    int nano = 0;
    if (pos < n && c[o + pos] == '.') {
      int start = ++pos;
      while (pos < n && pos - start < 9 && isDigit(c[o + pos])) {
        nano = nano * 10 + (c[o + pos] - '0');
        pos++;
      }
      int count = pos - start;
      if (count == 0 || (pos < n && isDigit(c[o + pos]))) {
        return null;
      }
      for (int i = count; i < 9; i++) {
        nano *= 10;
      }
    }
    int offsetSeconds;
    if (pos == n - 1 && c[o + pos] == 'Z') {
      offsetSeconds = 0;
    } else if (pos == n - 6 && (c[o + pos] == '+' || c[o + pos] == '-')
        && c[o + pos + 3] == ':') {
      int oh = digits(c, o + pos + 1, 2);
      int om = digits(c, o + pos + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om != 0)) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (c[o + pos] == '-' ? -1 : 1);
    } else {
      return null;
    }
    long days = epochDay(year, month, day);
    long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nano);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number written by {@code count} ASCII digits at {@code at}, or -1. */
  private static int digits(char[] c, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char d = c[i];
      if (!isDigit(d)) {
        return -1;
      }
      v = v * 10 + (d - '0');
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
