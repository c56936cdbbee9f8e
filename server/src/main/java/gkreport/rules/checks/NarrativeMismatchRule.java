package gkreport.rules.checks;

import gkreport.model.DataCell;
import gkreport.model.Report;
import gkreport.rules.Findings;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.prose.Figure;
import gkreport.rules.prose.Quantity;
import gkreport.model.Sentence;
import gkreport.rules.prose.Statement;
import gkreport.rules.prose.StatementFinder;
import gkreport.rules.prose.TableFigures;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number the prose states contradicts the tables: 「共收到政府信息公开申请5件」 while table 三's
 * 「一、本年新收政府信息公开申请数量」 总计 is 0. The finding stands at the statement, the table cells
 * are its related places.
 *
 * <p>Two writings are accepted as they are common and not wrong: applications received counted with
 * last year's carried-over ones (「共受理申请N件（含上年结转M件）」), and 予以公开 counted with
 * 部分公开. A stated share (「予以公开及部分公开208件（17.46%）」) is checked against （七）总计,
 * 本年新收, or both new and carried-over applications, at the precision written.
 */
public final class NarrativeMismatchRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.NARRATIVE_MISMATCH;
    }

    @Override
    public void check(Report report, Findings out) {
        TableFigures figures = new TableFigures(report);
        StatementFinder finder = new StatementFinder(report.year().orElse(null));
        for (Sentence sentence : report.sentences()) {
            for (Statement statement : finder.find(sentence)) check(statement, figures, out);
        }
    }

    private static void check(Statement statement, TableFigures figures, Findings out) {
        Optional<Figure> found = figures.of(statement.quantities());
        if (found.isEmpty()) return;
        Figure figure = found.get();
        Optional<Quantity> alsoCounted = alsoCounted(statement.quantities());
        Optional<Figure> withIt = alsoCounted.flatMap(q -> figures.of(List.of(statement.quantities().get(0), q)));
        if (alsoCounted.isPresent() && statement.quantities().get(0) == Quantity.RECEIVED && withIt.isEmpty()) {
            return; // without the carried-over row, 「受理N件」 cannot be told from 「受理N件（含上年结转）」
        }
        BigDecimal stated = BigDecimal.valueOf(statement.count());
        boolean agrees = stated.compareTo(figure.value()) == 0 || withIt.map(f -> stated.compareTo(f.value()) == 0).orElse(false);
        if (agrees) {
            checkPercent(statement, figure, figures, out);
            return;
        }
        Message name = title(statement.quantities());
        Message msg = withIt.isPresent() && withIt.get().value().compareTo(figure.value()) != 0
                ? Message.of("narrative.countOr", name, statement.count(), figure.place(), plain(figure.value()),
                        alsoCounted.get().title(), plain(withIt.get().value()))
                : Message.of("narrative.count", name, statement.count(), figure.place(), plain(figure.value()));
        out.add(statement.range(), msg, related(withIt.orElse(figure).cells()), null);
    }

    /** What a writer may count together with the quantity: carried-over applications, 部分公开. */
    private static Optional<Quantity> alsoCounted(List<Quantity> quantities) {
        if (quantities.equals(List.of(Quantity.RECEIVED))) return Optional.of(Quantity.CARRIED_IN);
        if (quantities.equals(List.of(Quantity.PUBLISHED))) return Optional.of(Quantity.PARTLY_PUBLISHED);
        return Optional.empty();
    }

    private static void checkPercent(Statement statement, Figure figure, TableFigures figures, Findings out) {
        Statement.Percent percent = statement.percent();
        if (percent == null) return;
        Optional<Figure> concluded = figures.of(Quantity.CONCLUDED);
        if (concluded.isEmpty() || concluded.get().value().signum() == 0) return;
        List<Optional<Figure>> bases = List.of(concluded, figures.of(Quantity.RECEIVED),
                figures.of(List.of(Quantity.RECEIVED, Quantity.CARRIED_IN)));
        int decimals = Math.max(0, percent.value().scale());
        for (Optional<Figure> base : bases) {
            if (base.isPresent() && base.get().value().signum() > 0 && sharesAgree(percent.value(), figure.value(), base.get().value(), decimals)) {
                return;
            }
        }
        BigDecimal computed = share(figure.value(), concluded.get().value(), decimals, RoundingMode.HALF_UP);
        Message msg = Message.of("narrative.percent", title(statement.quantities()), percent.value().toPlainString(),
                computed.toPlainString(), plain(figure.value()), plain(concluded.get().value()));
        List<DataCell> cells = new ArrayList<>(figure.cells());
        cells.addAll(concluded.get().cells());
        out.add(percent.range(), msg, related(cells), null);
    }

    /** The written share agrees when the computed one, rounded or cut to its decimals, equals it. */
    private static boolean sharesAgree(BigDecimal written, BigDecimal part, BigDecimal whole, int decimals) {
        return share(part, whole, decimals, RoundingMode.HALF_UP).compareTo(written) == 0
                || share(part, whole, decimals, RoundingMode.DOWN).compareTo(written) == 0;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole, int decimals, RoundingMode rounding) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, decimals, rounding);
    }

    private static Message title(List<Quantity> quantities) {
        Message name = quantities.get(0).title();
        for (Quantity q : quantities.subList(1, quantities.size())) name = Message.of("quantity.and", name, q.title());
        return name;
    }

    private static List<Related> related(List<DataCell> cells) {
        return cells.stream()
                .map(c -> Related.operand(c.range(), TableFigures.placeOf(c), plain(c.number())))
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
