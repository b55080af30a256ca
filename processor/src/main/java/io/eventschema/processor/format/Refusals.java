package io.eventschema.processor.format;

import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.FieldModel;

/**
 * Where a format binding reports what it refuses. The model holds no compiler elements; this
 * reports on the element a model part came from (the record component for a field), so the user's
 * IDE underlines the right place.
 */
public interface Refusals {

  /** An error on the event (the annotated type). */
  void onEvent(Message message, Object... args);

  /** An error on the record component {@code field} came from. */
  void onField(FieldModel field, Message message, Object... args);
}
