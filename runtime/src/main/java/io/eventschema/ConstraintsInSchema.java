package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes the Bean Validation constraints of the event's fields (nested records included) into its
 * schema, as a {@code constraints} property on each constrained field, so that consumers in other
 * languages can read the contract:
 *
 * <pre>{@code
 * {"name": "currency", "type": "string",
 *  "constraints": [{"name": "Size", "max": 3, "min": 3}, {"name": "NotBlank"}]}
 * }</pre>
 *
 * <p>Each constraint is an object: {@code name} is the annotation's simple name for
 * {@code jakarta.validation.constraints} (and {@code javax.validation.constraints}), its qualified
 * name otherwise; then every attribute but {@code message}, {@code groups} and {@code payload},
 * defaults included, in alphabetical order (enum constants and classes by name); {@code on} says
 * where inside the field the constraint applies when it is not the value itself: {@code items} (of
 * an array), {@code values} or {@code keys} (of a map), joined by dots when nested
 * ({@code items.items}). Optional and {@code @Nullable} are transparent: a constraint on the value
 * of an {@code Optional<@Size(max = 64) String>} is on the field.
 *
 * <p>Off unless asked for: a property is part of the schema's text, so changing a constraint then
 * registers a new schema version (with the same binary layout).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConstraintsInSchema {}
