package io.newsgraph.country;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.newsgraph.dataset.Dataset.CountryEntry;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/** A country's land borders do not include itself; reported at the neighbor that is the country. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = NotItsOwnNeighbor.Rule.class)
public @interface NotItsOwnNeighbor {

    String message() default "a country cannot border itself";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<NotItsOwnNeighbor, CountryEntry> {

        @Override
        public boolean isValid(CountryEntry country, ConstraintValidatorContext context) {
            if (country == null || country.code() == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < country.neighbors().size(); i++) {
                if (country.code().equals(country.neighbors().get(i))) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("neighbors").addContainerElementNode("<list element>", List.class, 0)
                            .inIterable().atIndex(i).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
