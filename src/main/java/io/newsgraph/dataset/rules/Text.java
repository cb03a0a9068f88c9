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

/** A text field: present (or null when optional) and not blank, no longer than its column, and of its format if it has one. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = Text.Rule.class)
public @interface Text {

    /** The length of its column. */
    int max();

    boolean required() default true;

    /** A regular expression the whole text must match; none when empty. */
    String format() default "";

    /** The problem reported when it does not match {@link #format}. */
    String formatMessage() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Text, String> {

        private Text text;
        private Pattern format;

        @Override
        public void initialize(Text text) {
            this.text = text;
            this.format = text.format().isEmpty() ? null : Pattern.compile(text.format());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            Facts.reporting(context).addMessageParameter("length", value == null ? 0 : value.length())
                    .buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        private String problem(String value) {
            if (value == null || value.isBlank()) {
                return text.required() ? "is required" : value == null ? null : "must be null or not blank";
            }
            if (value.length() > text.max()) {
                return "is {length} characters long; at most {max} are allowed";
            }
            if (format != null && !format.matcher(value).matches()) {
                return text.formatMessage();
            }
            return null;
        }
    }
}
