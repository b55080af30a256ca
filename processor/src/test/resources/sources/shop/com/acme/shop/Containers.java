package com.acme.shop;

import io.eventschema.Event;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every container: arrays from lists, sets, collections and Java arrays; maps; nulls inside. */
@Event(namespace = "com.acme.shop")
public record Containers(
    List<String> names,
    Set<Status> statuses,
    Collection<Long> ids,
    String[] tags,
    int[] scores,
    double[] weights,
    boolean[] flags,
    short[] smalls,
    Address[] addresses,
    List<@Nullable String> sparse,
    Map<String, @Nullable Integer> counts,
    List<List<Integer>> matrix,
    Map<String, Map<String, Double>> nested,
    Map<String, Address> byName,
    Set<String> unique) {}
