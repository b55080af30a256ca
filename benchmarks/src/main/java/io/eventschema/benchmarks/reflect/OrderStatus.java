package io.eventschema.benchmarks.reflect;

/** The order status for Avro's reflection. */
public enum OrderStatus { PLACED, PAID, SHIPPED, CANCELLED }
