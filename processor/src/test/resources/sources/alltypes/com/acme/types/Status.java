package com.acme.types;

public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
