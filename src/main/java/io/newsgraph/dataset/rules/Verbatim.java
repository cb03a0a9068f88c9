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

/**
 * A fact's excerpt occurs word for word in its source's text (when the source has one), and its
 * evidence, when given, frames exactly that excerpt there, so that a reviewer's highlight is the
 * excerpt itself. A missing source or excerpt is another rule's problem.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = Verbatim.Rule.class)
public @interface Verbatim {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A fact that cites its source. */
    interface Cited {
        String source();

        String excerpt();

        Offsets.Span evidence();
    }

    final class Rule implements ConstraintValidator<Verbatim, Cited> {

        @Override
        public boolean isValid(Cited fact, ConstraintValidatorContext context) {
            String excerpt = fact == null ? null : fact.excerpt();
            if (excerpt == null || excerpt.isBlank() || fact.source() == null) {
                return true;
            }
            String text = Facts.of(context).sourceText(fact.source());
            boolean valid = true;
            if (text != null && !text.contains(excerpt)) {
                valid = report(context, "excerpt", "does not occur verbatim in the text of source '{source}'", fact, 0);
            }
            Offsets.Span span = fact.evidence();
            if (span != null && span.wellFormed()) {
                int length = span.end() - span.start();
                if (length != excerpt.length()) {
                    valid = report(context, "evidence", "spans {spanned} characters but the excerpt has {length}", fact,
                            length);
                } else if (text != null && (span.end() > text.length() || !text.startsWith(excerpt, span.start()))) {
                    valid = report(context, "evidence", "does not frame the excerpt in the source's text", fact, length);
                }
            }
            return valid;
        }

        private static boolean report(ConstraintValidatorContext context, String property, String template, Cited fact,
                int spanned) {
            Facts.reporting(context).addMessageParameter("source", fact.source()).addMessageParameter("spanned", spanned)
                    .addMessageParameter("length", fact.excerpt().length())
                    .buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
