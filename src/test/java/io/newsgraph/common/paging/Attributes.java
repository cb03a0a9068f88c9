package io.newsgraph.common.paging;

import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Proxy;

/** Stand-ins for metamodel attributes in unit tests, where Hibernate has not populated the metamodel. */
public final class Attributes {

    private Attributes() {
    }

    /** A singular attribute that knows only its name. */
    @SuppressWarnings("unchecked")
    public static <X, T> SingularAttribute<X, T> named(String name) {
        return (SingularAttribute<X, T>) Proxy.newProxyInstance(Attributes.class.getClassLoader(),
                new Class<?>[] {SingularAttribute.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
