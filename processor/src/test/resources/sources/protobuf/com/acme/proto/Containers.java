package com.acme.proto;

import io.eventschema.Event;
import io.eventschema.Format;
import io.eventschema.ProtoField;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Repeated fields, maps, nested records, a sealed field, a pinned number. */
@Event(namespace = "com.acme.proto", formats = {Format.AVRO, Format.PROTOBUF})
public record Containers(
    List<String> names,
    Set<Integer> codes,
    Collection<Long> counts,
    long[] samples,
    int[] ints,
    String[] words,
    List<Boolean> flags,
    List<Double> weights,
    List<Part.Kind> kinds,
    Map<String, Double> weightByName,
    Map<String, Part> partByName,
    Map<String, Part.Kind> kindByName,
    List<Part> parts,
    Part mainPart,
    Optional<Part> sparePart,
    @ProtoField(40) Fee fee,
    List<Fee> fees,
    @Nullable Fee extraFee,
    @Nullable Containers parent) {

  /** A part. */
  public record Part(String sku, int quantity, Optional<Part> inner, Kind kind) {
    public enum Kind { SMALL, LARGE }
  }

  /** What it costs. */
  public sealed interface Fee permits Flat, Percent {}

  public record Flat(String code, long cents) implements Fee {}

  public record Percent(double rate) implements Fee {}
}
