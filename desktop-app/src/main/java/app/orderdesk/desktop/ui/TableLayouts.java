package app.orderdesk.desktop.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

/**
 * Reads and applies the column widths of every table (with an id) under some screens, including
 * screens not shown yet (their split panes, scroll panes and tabs have no skin, so their items are
 * followed directly rather than through the scene graph).
 */
public final class TableLayouts {

    private TableLayouts() {}

    /** Table id → column key → width, for the tables under {@code roots}. */
    public static Map<String, Map<String, Double>> widths(List<Node> roots) {
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        for (TableView<?> table : tables(roots)) {
            Map<String, Double> columns = new LinkedHashMap<>();
            for (TableColumn<?, ?> column : table.getColumns()) {
                double width = column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth();
                columns.put(key(column), Math.round(width * 10) / 10.0);
            }
            all.put(table.getId(), columns);
        }
        return all;
    }

    /** Gives each known column its remembered width. */
    public static void apply(List<Node> roots, Map<String, Map<String, Double>> widths) {
        for (TableView<?> table : tables(roots)) {
            Map<String, Double> columns = widths.get(table.getId());
            if (columns == null) {
                continue;
            }
            for (TableColumn<?, ?> column : table.getColumns()) {
                Double width = columns.get(key(column));
                if (width != null && width > 0) {
                    column.setPrefWidth(width);
                }
            }
        }
    }

    private static String key(TableColumn<?, ?> column) {
        return column.getId() != null ? column.getId() : column.getText();
    }

    static List<TableView<?>> tables(List<Node> roots) {
        List<TableView<?>> found = new ArrayList<>();
        for (Node root : roots) {
            collect(root, found);
        }
        return found;
    }

    private static void collect(Node node, List<TableView<?>> found) {
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> table) {
            if (table.getId() != null && found.stream().noneMatch(t -> t == table)) {
                found.add(table);
            }
            return;
        }
        switch (node) {
            case SplitPane split -> split.getItems().forEach(item -> collect(item, found));
            case ScrollPane scroll -> collect(scroll.getContent(), found);
            case TitledPane titled -> collect(titled.getContent(), found);
            case TabPane tabs -> tabs.getTabs().forEach(tab -> collect(tab.getContent(), found));
            default -> { }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
