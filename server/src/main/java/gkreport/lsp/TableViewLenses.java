package gkreport.lsp;

import gkreport.model.Report;
import gkreport.tableview.ReportTables;
import gkreport.text.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * 「以表格查看」 above the caption of each table the report has, read or unreadable: it runs the
 * client's command {@code gkreport.showTableView} with the document's URI and the table (「表三」).
 */
final class TableViewLenses {
    static final String CLIENT_COMMAND = "gkreport.showTableView";

    private TableViewLenses() {
    }

    static List<CodeLens> lenses(Report report, String uri, Messages messages) {
        String title = messages.text("lsp.lens.tableView");
        List<CodeLens> lenses = new ArrayList<>();
        Set<Integer> lines = new HashSet<>();
        for (ReportTables.Entry table : ReportTables.of(report)) {
            if (table.caption() == null || !lines.add(report.source().lineOf(table.caption().start()))) continue;
            Command command = new Command(title, CLIENT_COMMAND, List.of(uri, table.name()));
            lenses.add(new CodeLens(Positions.range(report.source(), table.caption()), command, null));
        }
        return lenses;
    }
}
