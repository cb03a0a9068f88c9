package io.newsgraph.dataset.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.newsgraph.common.KeyedEntity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The key of an entity defined earlier in the dataset or already stored. Its problem is a missing
 * reference (reported as not found); null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = Reference.Rule.class)
public @interface Reference {

    /** The entity type the key names (for actors, the key space officials and organizations share). */
    Class<? extends KeyedEntity> to();

    /** What it names, for the message: "no {what} has the key …". */
    String what();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Reference, String> {

        private Reference reference;

        @Override
        public void initialize(Reference reference) {
            this.reference = reference;
        }

        @Override
        public boolean isValid(String key, ConstraintValidatorContext context) {
            if (key == null || Facts.of(context).exists(reference.to(), key)) {
                return true;
            }
            Facts.reporting(context).addMessageParameter("key", key)
                    .buildConstraintViolationWithTemplate("no {what} has the key '{key}'").addConstraintViolation();
            return false;
        }
    }
}
