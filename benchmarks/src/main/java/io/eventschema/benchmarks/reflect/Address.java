package io.eventschema.benchmarks.reflect;

import org.apache.avro.reflect.AvroName;

/** An address for Avro's reflection. */
public class Address {
  public String street;
  public String city;
  public String country;
  @AvroName("postal_code") public String postalCode;
}
