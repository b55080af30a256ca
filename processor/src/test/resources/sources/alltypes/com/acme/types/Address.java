package com.acme.types;

import java.util.Optional;

public record Address(String street, String city, Optional<String> postcode) {}
