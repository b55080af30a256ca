package io.eventschema.serde;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The keys only {@link EventsSerializer}, {@link EventsDeserializer} and {@link EventsSerde} read
 * (one class for every event), on top of every {@link SerdeConfig} key, which they pass to each
 * event's generated serde.
 */
public final class EventsConfig extends AbstractConfig {
  public static final String FORMAT = "eventschema.events.format";
  public static final String PACKAGES = "eventschema.events.packages";
  public static final String UNKNOWN_SCHEMA = "eventschema.events.unknown.schema";

  /** {@link #UNKNOWN_SCHEMA}: a writer schema with no event on the class path is an error. */
  public static final String UNKNOWN_FAIL = "fail";
  /** {@link #UNKNOWN_SCHEMA}: ... is read in Avro's generic form ({@code GenericRecord}). */
  public static final String UNKNOWN_GENERIC = "generic";

  /** The schema types the serializer tries when {@link #FORMAT} is empty, in this order. */
  static final List<String> SCHEMA_TYPES = List.of("AVRO", "JSON", "PROTOBUF");

  public static final ConfigDef DEFINITION = new ConfigDef()
      .define(FORMAT, Type.STRING, "", Importance.MEDIUM,
          "EventsSerializer: the format to write, AVRO, JSON_SCHEMA (or JSON) or PROTOBUF;"
              + " empty: the first of these the event's generated serdes exist for. The"
              + " deserializer reads each record by its writer schema's type.")
      .define(PACKAGES, Type.LIST, "", Importance.MEDIUM,
          "EventsDeserializer: the packages (and their subpackages) whose events it may return;"
              + " empty: any event on the class path. Also picks among events of one name in"
              + " several jars.")
      .define(UNKNOWN_SCHEMA, Type.STRING, UNKNOWN_FAIL,
          ConfigDef.ValidString.in(UNKNOWN_FAIL, UNKNOWN_GENERIC), Importance.LOW,
          "EventsDeserializer, for a writer schema no event on the class path (or in the"
              + " allowed packages) has: fail (a SerializationException naming the subject,"
              + " schema id and name) or generic (Avro writer schemas only: a GenericRecord, not"
              + " validated).");

  public EventsConfig(Map<String, ?> props) {
    super(DEFINITION, props, false);
  }

  /** The schema types to try for a value class, in order. */
  List<String> schemaTypes() {
    String format = getString(FORMAT).trim().toUpperCase(Locale.ROOT);
    return switch (format) {
      case "" -> SCHEMA_TYPES;
      case "AVRO" -> List.of("AVRO");
      case "JSON_SCHEMA", "JSON" -> List.of("JSON");
      case "PROTOBUF" -> List.of("PROTOBUF");
      default -> throw new ConfigException(FORMAT, getString(FORMAT),
          "use AVRO, JSON_SCHEMA or PROTOBUF (or leave it empty)");
    };
  }

  /** True if an event class of this binary name may be returned. */
  boolean allows(String className) {
    List<String> packages = getList(PACKAGES);
    if (packages.isEmpty()) {
      return true;
    }
    for (String p : packages) {
      String pkg = p.trim();
      if (pkg.equals("*") || className.startsWith(pkg + ".")) {
        return true;
      }
    }
    return false;
  }

  boolean generic() {
    return getString(UNKNOWN_SCHEMA).equals(UNKNOWN_GENERIC);
  }
}
