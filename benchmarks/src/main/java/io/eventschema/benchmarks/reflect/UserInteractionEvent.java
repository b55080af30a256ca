package io.eventschema.benchmarks.reflect;

import java.time.Instant;
import java.util.Map;
import org.apache.avro.reflect.AvroName;

/**
 * The reference event as the mutable class Avro's reflection reads and writes: it can build no
 * record, so users of the reflect path keep classes like this one.
 */
public class UserInteractionEvent {
  @AvroName("user_id") public long userId;
  @AvroName("interaction_type") public String interactionType;
  @AvroName("target_item_id") public String targetItemId;
  public Instant timestamp;
  @AvroName("session_id") public String sessionId;
  public Map<String, String> details;
}
