package io.newsgraph.dataset.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.newsgraph.dataset.Records;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A record's period does not end before it starts; reported at its end. Days out of range are
 * {@link Day}'s problem, not this one's.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Repeatable(Period.List.class)
@Constraint(validatedBy = Period.Rule.class)
public @interface Period {

    /** The record component that holds the first day. */
    String start();

    /** The record component that holds the last day. */
    String end();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @interface List {
        Period[] value();
    }

    final class Rule implements ConstraintValidator<Period, Record> {

        private Period period;

        @Override
        public void initialize(Period period) {
            this.period = period;
        }

        @Override
        public boolean isValid(Record entry, ConstraintValidatorContext context) {
            if (entry == null) {
                return true;
            }
            LocalDate start = (LocalDate) Records.get(entry, period.start());
            LocalDate end = (LocalDate) Records.get(entry, period.end());
            if (start == null || end == null || !start.isAfter(end)) {
                return true;
            }
            LocalDate today = Facts.of(context).today();
            if (!Day.Rule.inRange(start, today) || !Day.Rule.inRange(end, today)) {
                return true;
            }
            Facts.reporting(context).addMessageParameter("startDay", start)
                    .buildConstraintViolationWithTemplate("must not be before {start} ({startDay})")
                    .addPropertyNode(period.end()).addConstraintViolation();
            return false;
        }
    }
}
