package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FatalErrorsTest {
    @Test
    void findsAnOutOfMemoryErrorWhereverItIsWrapped() {
        assertThat(FatalErrors.isOutOfMemory(new OutOfMemoryError("heap"))).isTrue();
        assertThat(FatalErrors.isOutOfMemory(new ExecutionException(new RuntimeException(new OutOfMemoryError())))).isTrue();
        assertThat(FatalErrors.isOutOfMemory(new ExecutionException(new IllegalStateException()))).isFalse();
    }

    @Test
    void aKindCoversTheKindsBelowIt() {
        assertThat(CodeActionProvider.asksFor(List.of("source"), SourceFixAllAction.KIND)).isTrue();
        assertThat(CodeActionProvider.asksFor(List.of("source.fixAll"), SourceFixAllAction.KIND)).isTrue();
        assertThat(CodeActionProvider.asksFor(List.of("source.organizeImports"), SourceFixAllAction.KIND)).isFalse();
        assertThat(CodeActionProvider.asksFor(List.of("quick"), "quickfix")).isFalse();
    }
}
