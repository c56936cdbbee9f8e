package gkreport.lsp;

import gkreport.rules.Finding;
import gkreport.service.Fixer;
import gkreport.text.Message;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;

/**
 * {@code source.fixAll.gkreport}: every safe fix of the file at once (numbering and titles; a
 * changed number never), as editors run on save. Offered only when there is something to fix.
 */
public final class SourceFixAllAction {
    public static final String KIND = "source.fixAll.gkreport";

    private SourceFixAllAction() {
    }

    public static Optional<CodeAction> of(ActionContext context) {
        if (context.analysis().findings().stream().noneMatch(Finding::fixable)) return Optional.empty();
        Fixer.Result fixed = context.fixer().fixAll(context.document().text(), context.settings(), Finding::fixable);
        if (fixed.applied() == 0) return Optional.empty();
        CodeAction action = new CodeAction(context.messages().render(Message.of("lsp.action.fixAll", String.valueOf(fixed.applied()))));
        action.setKind(KIND);
        action.setEdit(context.edits().workspaceEdit(context.document(), context.source(), TextDiff.edits(context.source(), fixed.text())));
        return Optional.of(action);
    }
}
