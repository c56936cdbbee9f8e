package gkreport.lsp;

import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.Fix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;

/**
 * A quick fix for each finding at the requested range that carries a fix: numbering and titles
 * (preferred, as they are safe), and 「将总计改为 N」 for a broken sum with one total cell when N
 * mends every relation through it, offered but never preferred nor applied by any fix-all.
 */
public final class QuickFixActions {
    private QuickFixActions() {
    }

    /** One action per distinct fix: findings that ask the same change (two sums through one total) share it. */
    public static List<CodeAction> of(ActionContext context, TextRange requested) {
        Map<Fix, CodeAction> actions = new LinkedHashMap<>();
        for (Finding finding : context.analysis().findings()) {
            Fix fix = finding.fix();
            if (fix == null || !touches(finding.range(), requested)) continue;
            CodeAction same = actions.get(fix);
            if (same != null) {
                List<Diagnostic> diagnostics = new ArrayList<>(same.getDiagnostics());
                diagnostics.add(context.diagnostic(finding));
                same.setDiagnostics(diagnostics);
                continue;
            }
            CodeAction action = new CodeAction(context.messages().render(fix.title()));
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(context.diagnostic(finding)));
            action.setEdit(context.edits().workspaceEdit(context.document(), context.source(), fix.edits()));
            action.setIsPreferred(fix.safe());
            actions.put(fix, action);
        }
        return List.copyOf(actions.values());
    }

    static boolean touches(TextRange a, TextRange b) {
        return a.start() <= b.end() && b.start() <= a.end();
    }
}
