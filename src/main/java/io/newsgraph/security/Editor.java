package io.newsgraph.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write: only callers with the {@code editor} role may run it, and a write that collides
 * with a concurrent one fails with CONFLICT instead of an internal error. See {@link EditorInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Editor {

    String ROLE = "editor";
}
