package com.acme.types;

import io.eventschema.Event;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every basic type, once each, and the nested record twice. */
@Event(namespace = "com.acme.types")
public record AllTypes(
    boolean flag,
    Boolean flagBox,
    int count,
    Integer countBox,
    long id,
    Long idBox,
    float ratio,
    Float ratioBox,
    double score,
    Double scoreBox,
    String name,
    byte[] payload,
    Status status,
    Address home,
    Address work,
    Instant at,
    List<String> tags,
    List<Address> previous,
    Map<String, Long> counters,
    Map<String, List<Status>> history,
    Optional<String> nickname,
    Optional<Address> billing,
    Optional<Instant> closedAt,
    @org.jspecify.annotations.Nullable String jspecifyNote,
    @javax.annotation.Nullable String javaxNote,
    @jakarta.annotation.Nullable Integer jakartaCount,
    @com.acme.nullness.Nullable Long typeUseId,
    @org.jspecify.annotations.Nullable Status lastStatus,
    List<@com.acme.nullness.Nullable String> sparse) {}
