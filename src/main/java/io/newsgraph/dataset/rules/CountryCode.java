package io.newsgraph.dataset.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 code of a country the database holds; null passes (add {@code @NotNull} where one is required). */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = CountryCode.Rule.class)
public @interface CountryCode {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<CountryCode, String> {

        private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || ALPHA_2.matcher(code).matches() && Facts.of(context).country(code)) {
                return true;
            }
            Facts.reporting(context).addMessageParameter("code", code)
                    .buildConstraintViolationWithTemplate("'{code}' is not an ISO 3166-1 alpha-2 country code")
                    .addConstraintViolation();
            return false;
        }
    }
}
