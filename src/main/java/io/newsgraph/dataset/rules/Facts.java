package io.newsgraph.dataset.rules;

import io.newsgraph.common.KeyedEntity;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What the dataset rules need to know beyond the entry itself: the date, the countries, the keys
 * defined earlier in the dataset or stored, and the texts of sources. The validator that checks a
 * dataset passes itself as the constraint validators' payload, so the rules stay stateless.
 */
public interface Facts {

    LocalDate today();

    /** Whether an alpha-2 code names a country. */
    boolean country(String code);

    /** Whether an entity of that type has that key, in the dataset so far or in the database. */
    boolean exists(Class<? extends KeyedEntity> type, String key);

    /** The text of a source, given earlier in the dataset or stored; null when it has none or does not exist. */
    String sourceText(String key);

    static Facts of(ConstraintValidatorContext context) {
        Facts facts = context.unwrap(HibernateConstraintValidatorContext.class).getConstraintValidatorPayload(Facts.class);
        if (facts == null) {
            throw new IllegalStateException("dataset rules are checked by a validator that knows the dataset's facts");
        }
        return facts;
    }

    /**
     * The context, ready for a problem of the rule's own: parameters added to it fill a template's
     * {@code {name}} and are never interpreted themselves, so user input in them is safe.
     */
    static HibernateConstraintValidatorContext reporting(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return context.unwrap(HibernateConstraintValidatorContext.class);
    }
}
