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
import java.time.LocalDate;

/**
 * A day that news can report: from 1800 to the end of next year (a figure may cover a period that
 * has been announced). A typo such as 2202 for 2022 is caught here rather than sorting first.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = Day.Rule.class)
public @interface Day {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Day, LocalDate> {

        static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

        static LocalDate latest(LocalDate today) {
            return LocalDate.of(today.getYear() + 1, 12, 31);
        }

        /** Whether a day is in range; null is, as far as this rule goes. */
        static boolean inRange(LocalDate day, LocalDate today) {
            return day == null || !(day.isBefore(EARLIEST) || day.isAfter(latest(today)));
        }

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            LocalDate today = Facts.of(context).today();
            if (inRange(day, today)) {
                return true;
            }
            Facts.reporting(context).addMessageParameter("day", day).addMessageParameter("earliest", EARLIEST)
                    .addMessageParameter("latest", latest(today))
                    .buildConstraintViolationWithTemplate("{day} is out of range: dates run from {earliest} to {latest}")
                    .addConstraintViolation();
            return false;
        }
    }
}
