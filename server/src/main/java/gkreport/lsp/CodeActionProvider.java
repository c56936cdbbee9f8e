package gkreport.lsp;

import gkreport.grammar.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions for a range, filtered by the kinds the client asks for. Quick fixes come when
 * no kind is asked for (the light bulb); the file-wide {@code source.fixAll.gkreport}, which
 * re-analyses the text, only when a source kind is asked for (a menu, or on save).
 */
public final class CodeActionProvider {
    private CodeActionProvider() {
    }

    public static List<Either<Command, CodeAction>> actions(ActionContext context, Range range, List<String> only) {
        TextRange requested = Positions.textRange(context.source(), range);
        List<CodeAction> actions = new ArrayList<>();
        if (only == null || only.isEmpty() || asksFor(only, CodeActionKind.QuickFix)) {
            actions.addAll(QuickFixActions.of(context, requested));
            actions.addAll(FixAllOfRuleAction.of(context, requested));
        }
        if (only != null && asksFor(only, SourceFixAllAction.KIND)) SourceFixAllAction.of(context).ifPresent(actions::add);
        return actions.stream().<Either<Command, CodeAction>>map(Either::forRight).toList();
    }

    /** Whether one of the asked kinds is the kind or a kind above it (「source」 covers 「source.fixAll.gkreport」). */
    static boolean asksFor(List<String> only, String kind) {
        return only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }
}
