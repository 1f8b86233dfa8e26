package io.github.ntmlib.core.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A non-public factory that an exported class registers when it is loaded, so that other packages
 * of the library can create its instances without a public constructor. Internal: not exported.
 *
 * @param <T> the factory type
 */
final class Hook<T> {

    private final Class<?> owner;
    private volatile @Nullable T factory;

    /**
     * A hook filled by the owner's static initialiser.
     *
     * @param owner the class that registers the factory
     */
    Hook(Class<?> owner) {
        this.owner = owner;
    }

    void register(T f) {
        factory = Objects.requireNonNull(f, "f");
    }

    T get() {
        T f = factory;
        if (f == null) {
            try {
                Class.forName(owner.getName(), true, owner.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = Objects.requireNonNull(factory, owner.getName() + " registers its factory when loaded");
        }
        return f;
    }
}
