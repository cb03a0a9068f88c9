package io.newsgraph.dataset.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A span of a text, {@code [start, end)}: not before the text's start, and not empty. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = Offsets.Rule.class)
public @interface Offsets {

    String message() default "start must be at least 0 and end greater than start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a span holds; a missing offset is {@code @NotNull}'s problem. */
    interface Span {
        Integer start();

        Integer end();

        /** Whether both offsets are given and make a span. */
        default boolean wellFormed() {
            return start() != null && end() != null && start() >= 0 && end() > start();
        }
    }

    final class Rule implements ConstraintValidator<Offsets, Span> {

        @Override
        public boolean isValid(Span span, ConstraintValidatorContext context) {
            return span == null || span.start() == null || span.end() == null || span.wellFormed();
        }
    }
}
