package com.acme.types;

import io.eventschema.validation.EventValidator;
import io.eventschema.validation.GeneratedValidator;
import javax.annotation.processing.Generated;

/**
 * Validates {@link AllTypes}: generated checks of its built-in constraints pass a valid event
 * without reflection; any other event goes to Hibernate Validator, which reports the violations.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AllTypesValidator extends GeneratedValidator<AllTypes> {
    /**
     * Falls back to the shared Hibernate Validator.
     */
    public static final AllTypesValidator INSTANCE = new AllTypesValidator();

    /**
     * Falls back to the shared Hibernate Validator.
     */
    public AllTypesValidator() {
    }

    /**
     * Falls back to {@code fallback}.
     */
    public AllTypesValidator(EventValidator<AllTypes> fallback) {
        super(fallback);
    }

    @Override
    protected boolean passes(AllTypes event) {
        return checkAllTypes(event);
    }

    /**
     * True when every built-in constraint of {@code value} holds.
     */
    static boolean checkAllTypes(AllTypes value) {
        return true;
    }
}
