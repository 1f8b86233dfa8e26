package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The label file's rules, line by line: every constant needs "Vietnamese | English" with both
 * names present, the file names no other constant (all such names are listed), and an enum defined
 * by another class loader (a plugin's) reads its own labels. Each broken file is read afresh on
 * every call: a failed read is never remembered as labels.
 */
class LabelCatalogRulesTest {

    enum NoBar implements Labelled { ONLY }

    enum BlankEnglish implements Labelled { ONLY }

    enum BlankVietnamese implements Labelled { ONLY }

    enum Extra implements Labelled { ONE }

    enum Crop implements Labelled { RICE, MAIZE }

    private static final String NEEDS = "ONLY needs a line 'NAME = Vietnamese | English'";

    @Test
    void aLineNeedsTheBarAndBothNames() {
        assertThatThrownBy(() -> NoBar.ONLY.labels()).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(NEEDS);
        assertThatThrownBy(() -> BlankEnglish.ONLY.english()).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(NEEDS);
        assertThatThrownBy(() -> BlankVietnamese.ONLY.vietnamese()).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(NEEDS);
        // asked again, the same error: nothing was kept from the failed read
        assertThatThrownBy(() -> BlankEnglish.ONLY.labels()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(LabelCatalog.resource(BlankEnglish.class));
    }

    @Test
    void aFileNamingOtherConstantsIsRefusedListingThemAll() {
        assertThatThrownBy(() -> Extra.ONE.labels()).isInstanceOf(IllegalStateException.class)
                .hasMessage(LabelCatalog.resource(Extra.class) + ": names no constant of " + Extra.class.getName()
                        + ": [ALPHA, ZEBRA]");
    }

    @Test
    void aLabelledClassThatIsNoEnumMustGiveItsOwnLabels() {
        Labelled plain = new Labelled() { };
        assertThatThrownBy(plain::labels).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an enum: a Labelled class must return its own labels()");
        Labelled own = new Labelled() {
            @Override
            public Labels labels() {
                return Labels.of("riêng", "own");
            }
        };
        assertThat(own.label(Language.ENGLISH)).isEqualTo("own");
    }

    @Test
    void anEnumOfAnotherClassLoaderReadsItsOwnLabels() throws Exception {
        // Each loader defines Crop anew: its labels are read for that class, not taken from another.
        for (int i = 0; i < 2; i++) {
            Class<?> crop = new ChildFirst(Crop.class.getName(), getClass().getClassLoader()).loadClass(Crop.class.getName());
            assertThat(crop).isNotEqualTo(Crop.class);
            Object[] constants = crop.getEnumConstants();
            assertThat(((Labelled) constants[0]).labels()).isEqualTo(Labels.of("lúa", "rice"));
            assertThat(((Labelled) constants[1]).label(Language.VIETNAMESE)).isEqualTo("ngô");
            assertThat(((Labelled) constants[1]).english()).isEqualTo("maize");
        }
        assertThat(Crop.MAIZE.labels()).isEqualTo(Labels.of("ngô", "maize"));
    }

    /** Defines one class itself (a fresh copy); everything else, resources too, from the parent. */
    private static final class ChildFirst extends ClassLoader {
        private final String own;

        ChildFirst(String own, ClassLoader parent) {
            super(parent);
            this.own = own;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(own)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return c;
            }
        }

        @Override
        protected @Nullable URL findResource(String name) {
            return getParent().getResource(name);
        }
    }
}
