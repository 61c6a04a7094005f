package io.hopscope.ui.matrix;

import io.hopscope.reach.TooManyCellsException;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorException;
import io.hopscope.reach.SelectorResolver;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What the matrix says in words: the inline error of each field, a cell's pair and verdict (its
 * tooltip, and the accessible text of the focused cell), the summary once a grid is in.
 */
final class MatrixTexts {
    private MatrixTexts() {
    }

    /** The service field's error, empty when {@code text} names a service. */
    static String serviceError(ResourceBundle messages, String text) {
        try {
            MatrixService.parse(text);
            return "";
        } catch (MatrixService.ServiceException e) {
            return MessageFormat.format(messages.getString(e.key()), e.argument());
        }
    }

    /** A selector field's error, empty when {@code text} names at least one interface of the model. */
    static String selectorError(ResourceBundle messages, SelectorResolver resolver, String text) {
        try {
            interfaces(resolver, text);
            return "";
        } catch (SelectorException e) {
            return MessageFormat.format(messages.getString("matrix.error.selector"), e.text().format(messages.getLocale()));
        } catch (IllegalArgumentException e) {
            return MessageFormat.format(messages.getString("matrix.error.noInterface"), text == null ? "" : text.trim());
        }
    }

    /** What a selector names, interfaces only, as {@code matrix --from/--to} takes them. */
    static List<ReachEndpoint> interfaces(SelectorResolver resolver, String text) {
        List<ReachEndpoint> e = resolver.resolveNonEmpty(Selector.parse(text)).stream().filter(ReachEndpoint::isInterface).toList();
        if (e.isEmpty()) {
            throw new IllegalArgumentException("no interface");
        }
        return e;
    }

    /** "web-1 → orders-db: Reachable", with the blocking component when one blocked; empty outside the grid. */
    static String cell(ResourceBundle messages, MatrixGrid g, int row, int column) {
        if (g == null || row < 0 || column < 0 || row >= g.rows() || column >= g.columns()) {
            return "";
        }
        MatrixVerdict v = g.verdict(row, column);
        String blocked = g.blockedAt(row, column);
        String key = blocked == null ? "matrix.cell" : v == MatrixVerdict.UNKNOWN ? "matrix.cell.unknownAt" : "matrix.cell.blocked";
        return MessageFormat.format(messages.getString(key), g.source(row).name(), g.target(column).name(),
                messages.getString(v.messageKey()), blocked == null ? "" : blocked);
    }

    /** "2 x 2 for tcp/3306: 1 reachable, 0 on some client ports, 0 unknown, 1 not reachable". */
    static String summary(ResourceBundle messages, MatrixGrid g) {
        int[] n = g.counts();
        return MessageFormat.format(messages.getString("matrix.status.done"), g.rows(), g.columns(), g.service().text(),
                n[MatrixVerdict.REACHABLE.ordinal()], n[MatrixVerdict.PORT_DEPENDENT.ordinal()],
                n[MatrixVerdict.UNKNOWN.ordinal()], n[MatrixVerdict.UNREACHABLE.ordinal()]);
    }

    /** Why the run failed; a question too wide names the form's From, To and Service fields, not the CLI's flags. */
    static String failure(RuntimeException e, ResourceBundle messages) {
        return e instanceof TooManyCellsException t ? t.render(f -> label(messages, switch (f) {
            case FROM -> "matrix.from";
            case TO -> "matrix.to";
            default -> "matrix.service";
        }), messages.getLocale()) : String.valueOf(e.getMessage());
    }

    /** A form label without its mnemonic: "_From" is "From", "소스(_F)" is "소스". */
    private static String label(ResourceBundle messages, String key) {
        return messages.getString(key).replaceAll("\\(_.\\)$", "").replace("_", "");
    }
}
