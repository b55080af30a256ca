package com.acme.shop;

import io.eventschema.AvroDecimal;
import io.eventschema.CharAs;
import io.eventschema.Event;
import io.eventschema.Fixed;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

/** Numbers, characters, text, bytes, fixed, uuid and decimals. */
@Event(namespace = "com.acme.shop")
public record Scalars(
    byte tiny,
    Byte tinyBox,
    short small,
    Short smallBox,
    @CharAs(CharAs.Kind.STRING) char initial,
    @CharAs(CharAs.Kind.INT) Character code,
    CharSequence label,
    ByteBuffer blob,
    @Fixed(16) byte[] md5,
    @Fixed(value = 4, name = "Tag") ByteBuffer tag,
    @Fixed(value = 4, name = "Tag") byte[] otherTag,
    UUID id,
    Optional<UUID> parentId,
    @Digits(integer = 10, fraction = 2) BigDecimal price,
    @AvroDecimal(precision = 20, scale = 4) BigDecimal rate,
    Optional<@Digits(integer = 3, fraction = 0) BigDecimal> discount) {}
