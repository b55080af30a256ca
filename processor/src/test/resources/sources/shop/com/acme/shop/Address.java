package com.acme.shop;

public record Address(String street, String city) {}
