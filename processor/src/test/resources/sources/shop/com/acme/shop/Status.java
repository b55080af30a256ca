package com.acme.shop;

import io.eventschema.EnumDefault;

/** Where an order stands. */
public enum Status {
  OPEN,
  PAID,
  SHIPPED,
  @EnumDefault
  UNKNOWN
}
