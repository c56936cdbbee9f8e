package gkreport.lsp;

import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.service.Fixer;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;

/** 「修复本文件中全部“rule”问题」: offered at a safely fixable finding whose rule has more than one in the file. */
public final class FixAllOfRuleAction {
    private FixAllOfRuleAction() {
    }

    public static List<CodeAction> of(ActionContext context, TextRange requested) {
        Set<RuleId> rules = new LinkedHashSet<>();
        for (Finding f : context.analysis().findings()) {
            if (f.fixable() && QuickFixActions.touches(f.range(), requested)) rules.add(f.rule());
        }
        List<CodeAction> actions = new ArrayList<>();
        for (RuleId rule : rules) {
            List<Finding> ofRule = context.analysis().findings().stream().filter(f -> f.rule() == rule && f.fixable()).toList();
            if (ofRule.size() < 2) continue;
            Fixer.Result fixed = context.fixer().fixAll(context.document().text(), context.settings(),
                    f -> f.rule() == rule && f.fixable());
            if (fixed.applied() == 0) continue;
            String title = context.messages().render(Message.of("lsp.action.fixAllOfRule", rule.id(), String.valueOf(ofRule.size())));
            CodeAction action = new CodeAction(title);
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(ofRule.stream().map(context::diagnostic).toList());
            action.setEdit(context.edits().workspaceEdit(context.document(), context.source(),
                    TextDiff.edits(context.source(), fixed.text())));
            actions.add(action);
        }
        return actions;
    }
}
