package io.newsgraph.statistic;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.newsgraph.dataset.Dataset.StatisticEntry;
import io.newsgraph.dataset.rules.Facts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure's numbers follow its approximation: which of value, low and high are given, that they
 * are finite, and that a range does not run backwards. Each problem is reported at its number.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = Quantity.Rule.class)
public @interface Quantity {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Quantity, StatisticEntry> {

        @Override
        public boolean isValid(StatisticEntry figure, ConstraintValidatorContext context) {
            if (figure == null) {
                return true;
            }
            Map<String, Double> given = new LinkedHashMap<>();
            given.put("value", figure.value());
            given.put("low", figure.low());
            given.put("high", figure.high());
            boolean valid = true;
            for (Map.Entry<String, Double> number : given.entrySet()) {
                if (number.getValue() != null && !Double.isFinite(number.getValue())) {
                    valid = report(context, number.getKey(), "must be a finite number", figure);
                }
            }
            Approximation approximation = figure.approximation();
            if (approximation == null) {
                return valid;
            }
            List<String> wanted = numbers(approximation);
            for (Map.Entry<String, Double> number : given.entrySet()) {
                boolean isWanted = wanted.contains(number.getKey());
                if (isWanted && number.getValue() == null) {
                    valid = report(context, number.getKey(), "is required when approximation is {approximation}", figure);
                } else if (!isWanted && number.getValue() != null) {
                    valid = report(context, number.getKey(), "must be left out when approximation is {approximation}",
                            figure);
                }
            }
            if (approximation == Approximation.RANGE && figure.low() != null && figure.high() != null
                    && figure.low() > figure.high()) {
                valid = report(context, "high", "must not be less than low ({low}) in a RANGE", figure);
            }
            return valid;
        }

        /** The numbers an approximation is stated with. */
        static List<String> numbers(Approximation approximation) {
            switch (approximation) {
                case AT_LEAST:
                    return List.of("low");
                case AT_MOST:
                    return List.of("high");
                case RANGE:
                    return List.of("low", "high");
                default:
                    return List.of("value");
            }
        }

        private static boolean report(ConstraintValidatorContext context, String number, String template,
                StatisticEntry figure) {
            // A message parameter cannot be null: a figure without an approximation or a low bound has no use for it.
            Facts.reporting(context).addMessageParameter("approximation", String.valueOf(figure.approximation()))
                    .addMessageParameter("low", String.valueOf(figure.low())).buildConstraintViolationWithTemplate(template)
                    .addPropertyNode(number).addConstraintViolation();
            return false;
        }
    }
}
