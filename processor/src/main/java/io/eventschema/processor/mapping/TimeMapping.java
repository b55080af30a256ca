package io.eventschema.processor.mapping;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.TimestampType;
import java.util.Map;

/**
 * java.time (and the legacy date classes) to Avro's time logical types. Instant and LocalDateTime
 * take the precision in force ({@code @TimePrecision}, default micros); LocalTime has no nanos in
 * Avro; types that carry an offset, a zone or a calendar length have no faithful mapping and get a
 * hint instead.
 */
final class TimeMapping {
  private TimeMapping() {}

  /** A model, or the message and hint to report. */
  record Result(TypeModel model, Message message, String why, String hint) {
    Object[] args(String field, String type) {
      return message == Message.NO_TIME_MAPPING
          ? new Object[] {field, type, why, hint}
          : new Object[] {field, type, why, hint};
    }
  }

  private static final Map<String, String[]> REFUSED = Map.of(
      "java.time.OffsetDateTime", new String[] {
          "carries an offset that Avro's timestamps cannot store",
          "use Instant (timestamp-*) if the offset does not matter, or a record of an Instant and"
              + " the offset in seconds (int) if it does"},
      "java.time.ZonedDateTime", new String[] {
          "carries a time zone that Avro's timestamps cannot store",
          "use Instant (timestamp-*) if the zone does not matter, or a record of an Instant and"
              + " the zone id (String) if it does"},
      "java.time.OffsetTime", new String[] {
          "carries an offset that Avro's time-of-day types cannot store",
          "use LocalTime (time-micros) and, if it matters, the offset in seconds as an int"},
      "java.time.Duration", new String[] {
          "is an exact length of time, while Avro's duration logical type counts months, days"
              + " and milliseconds",
          "store the length as a long with its unit in the field name (long timeoutMillis,"
              + " long elapsedNanos)"},
      "java.time.Period", new String[] {
          "has no Avro logical type that Java readers convert",
          "store years, months and days as ints in a record, or the ISO-8601 text as a String"},
      "java.util.Date", new String[] {
          "is a legacy, mutable date class",
          "use java.time.Instant (timestamp-micros)"},
      "java.util.Calendar", new String[] {
          "is a legacy, mutable calendar class",
          "use java.time.Instant, or LocalDate/LocalDateTime"},
      "java.sql.Timestamp", new String[] {
          "is a legacy JDBC class", "use java.time.Instant or LocalDateTime"},
      "java.sql.Date", new String[] {
          "is a legacy JDBC class", "use java.time.LocalDate (date)"},
      "java.sql.Time", new String[] {
          "is a legacy JDBC class", "use java.time.LocalTime (time-micros)"});

  static boolean handles(String qualified) {
    return qualified.equals("java.time.Instant") || qualified.equals("java.time.LocalDateTime")
        || qualified.equals("java.time.LocalDate") || qualified.equals("java.time.LocalTime")
        || REFUSED.containsKey(qualified);
  }

  static Result map(String qualified, TimePrecision precision) {
    ClassName type = ClassName.bestGuess(qualified);
    switch (qualified) {
      case "java.time.Instant":
        return ok(new TimestampType(type, false, precision));
      case "java.time.LocalDateTime":
        return ok(new TimestampType(type, true, precision));
      case "java.time.LocalDate":
        return ok(new DateType(type));
      case "java.time.LocalTime":
        if (precision == TimePrecision.NANOS) {
          return new Result(null, Message.INVALID_PRECISION, "nanoseconds",
              "Avro has time-millis and time-micros only: use @TimePrecision(Precision.MICROS) on"
                  + " this field, or store nanoOfDay as a long");
        }
        return ok(new TimeOfDayType(type, precision));
      default:
        String[] refusal = REFUSED.get(qualified);
        return new Result(null, Message.NO_TIME_MAPPING, refusal[0], refusal[1]);
    }
  }

  private static Result ok(TypeModel model) {
    return new Result(model, null, null, null);
  }
}
