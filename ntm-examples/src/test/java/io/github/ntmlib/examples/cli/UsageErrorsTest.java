package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** File errors in Vietnamese name the file and the kind of failure; in English they are the system's words. */
class UsageErrorsTest {

    @Test
    void eachKindOfFileErrorHasItsVietnameseSentence() {
        assertThat(UsageErrors.file(new NoSuchFileException("a/b.csv"), Language.VIETNAMESE))
                .isEqualTo("a/b.csv: không có tệp hoặc thư mục này");
        assertThat(UsageErrors.file(new AccessDeniedException("out.pdf"), Language.VIETNAMESE))
                .isEqualTo("out.pdf: không có quyền đọc hoặc ghi tệp này");
        assertThat(UsageErrors.file(new FileSystemException("d", null, "Is a directory"), Language.VIETNAMESE))
                .isEqualTo("d: là một thư mục, không phải một tệp");
        assertThat(UsageErrors.file(new FileSystemException("f", null, "No space left on device"), Language.VIETNAMESE))
                .isEqualTo("f: không còn chỗ trống trên đĩa");
        assertThat(UsageErrors.file(new IOException("Is a directory"), Language.VIETNAMESE))
                .isEqualTo("một thư mục được cho thay vì một tệp");
        assertThat(UsageErrors.file(new IOException("Broken pipe"), Language.VIETNAMESE))
                .isEqualTo("không đọc hoặc ghi được tệp");
        assertThat(UsageErrors.file(new AccessDeniedException("out.pdf"), Language.ENGLISH)).isEqualTo("out.pdf");
    }

    @Test
    void anUnreadableInputNamesTheKindOfFailure() {
        assertThat(Inputs.unreadable(new AccessDeniedException("x.csv")).vietnamese())
                .isEqualTo("không đọc được tệp: không có quyền đọc");
        assertThat(Inputs.unreadable(new FileSystemException("x.csv", null, "Is a directory")).vietnamese())
                .isEqualTo("không đọc được tệp: đây là một thư mục");
        assertThat(Inputs.unreadable(new IOException("Is a directory")).vietnamese())
                .isEqualTo("không đọc được tệp: đây là một thư mục");
        assertThat(Inputs.unreadable(new NoSuchFileException("x.csv"))).isEqualTo(Inputs.NO_SUCH_FILE);
        assertThat(Inputs.unreadable(new IOException("disk on fire")).english()).isEqualTo("cannot be read: disk on fire");
    }
}
