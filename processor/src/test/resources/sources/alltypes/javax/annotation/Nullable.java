package javax.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for JSR-305's declaration annotation: no @Target, so every declaration. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface Nullable {}
