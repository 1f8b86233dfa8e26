package io.github.ntmlib.criteria2021.bad;

import io.github.ntmlib.core.criteria.bad.Judge;

/** A deliberately bad plugin class implementing a core interface outside the SPI package. */
public final class ImplementsCoreInterface implements Judge {
    @Override
    public boolean judge() {
        return true;
    }
}
