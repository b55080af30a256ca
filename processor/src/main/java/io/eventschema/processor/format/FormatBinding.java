package io.eventschema.processor.format;

import io.eventschema.processor.model.EventModel;

/**
 * One schema format, bound to the model: what the format cannot express about an event (its own
 * refusals, with its own diagnostic ids), and the files it writes for the event: its schema
 * resource, its codec and its Kafka serde classes. {@code EventProcessor} runs one binding per
 * format the event asks for ({@code @Event(formats = ...)}), {@link #check} first, then
 * {@link #files} only if no binding refused the event.
 */
public interface FormatBinding {

  /** The {@code io.eventschema.Format} constant this binding writes ({@code AVRO}, ...). */
  String format();

  /**
   * Reports, through {@code refusals}, everything about {@code event} this format cannot write.
   *
   * @return true if nothing was refused
   */
  boolean check(EventModel event, Refusals refusals);

  /** The schema resource and generated classes of {@code event}; only after {@link #check}. */
  BindingOutput files(EventModel event);
}
