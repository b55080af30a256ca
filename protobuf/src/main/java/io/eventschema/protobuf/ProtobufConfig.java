package io.eventschema.protobuf;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The Protobuf serdes' own settings, next to the ones every format shares
 * ({@link io.eventschema.serde.SerdeConfig}): the per-payload bounds, with the keys and defaults
 * of the other formats' readers.
 */
public final class ProtobufConfig extends AbstractConfig {
  public static final String MAX_ITEMS = ProtobufReader.MAX_ITEMS_CONFIG;
  public static final String MAX_DEPTH = ProtobufReader.MAX_DEPTH_CONFIG;

  /** Every key this class reads, with its default and documentation. */
  public static final ConfigDef DEFINITION = new ConfigDef()
      .define(MAX_ITEMS, Type.LONG, ProtobufReader.DEFAULT_MAX_ITEMS, ConfigDef.Range.atLeast(0),
          Importance.LOW, "Repeated items plus map entries one payload may hold in all.")
      .define(MAX_DEPTH, Type.INT, ProtobufReader.DEFAULT_MAX_DEPTH, ConfigDef.Range.atLeast(1),
          Importance.LOW, "How deeply records may nest below the event in one payload.");

  public ProtobufConfig(Map<String, ?> props) {
    super(DEFINITION, props, false);
  }
}
