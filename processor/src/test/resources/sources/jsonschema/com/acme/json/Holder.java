package com.acme.json;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Containers, optional values and nested records in JSON, snake_case. */
@Event(namespace = "com.acme.json", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = {Format.AVRO, Format.JSON_SCHEMA})
public record Holder(
    List<String> itemNames,
    Set<Integer> codes,
    Collection<Long> counts,
    long[] samples,
    String[] words,
    Map<String, Double> weights,
    Map<String, List<Part>> partsByBin,
    Part mainPart,
    Optional<Part> sparePart,
    @Nullable String note,
    Optional<Integer> retries,
    List<@Nullable String> gaps,
    @Nullable Holder parent) {

  /** A part of the holder. */
  public record Part(String sku, int quantity, Optional<Part> inner) {}
}
