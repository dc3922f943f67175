package app.orderdesk.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Text that may not fit at 1024×640 stays readable: short fixed-format columns get a minimum width
 * that holds their longest value and header, and free text that still gets cut ("…") keeps its whole
 * text in a tooltip and, for labels, in the accessible text a screen reader reads.
 */
public final class FullText {

    // The themes' body size; headers are bold. Cells and headers add about this much padding and sort arrow.
    private static final double FONT_SIZE = 14;
    private static final double CELL_PADDING = 16;

    private FullText() {}

    /** The label may elide; hovering shows its whole text and a screen reader reads it all. */
    public static void onLabel(Labeled label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        label.setTooltip(tip);
        label.accessibleTextProperty().bind(label.textProperty());
    }

    /** Cells that show their text and, when it is not empty, the same text as a tooltip (for when it is cut). */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    /**
     * Every column header of {@code table} that gets cut ("…") keeps its whole text in a tooltip and in
     * the accessible text. The headers are the skin's own labels, made and remade as the skin lays
     * the table out, so they are looked for after each layout (already tipped ones are skipped).
     */
    public static void onHeaders(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                for (Node node : table.lookupAll(".column-header")) {
                    if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                        header.getChildrenUnmodifiable().stream()
                                .filter(child -> child instanceof Label label && label.getTooltip() == null)
                                .forEach(child -> onLabel((Label) child));
                    }
                }
            }
        });
    }

    /** The column never gets narrower than its header or the longest of {@code samples}. */
    public static void atLeast(TableColumn<?, ?> column, String... samples) {
        column.setMinWidth(widthOf(column, samples));
    }

    /** The width that shows the column's header and the longest of {@code samples} whole. */
    public static double widthOf(TableColumn<?, ?> column, String... samples) {
        double widest = width(column.getText(), FontWeight.BOLD);
        for (String sample : samples) {
            widest = Math.max(widest, width(sample, FontWeight.NORMAL));
        }
        return Math.ceil(widest + CELL_PADDING);
    }

    private static double width(String text, FontWeight weight) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), weight, FONT_SIZE));
        return measure.getLayoutBounds().getWidth();
    }

    // h-a (issue 13): user data (product names, notes, emails) wraps onto more lines instead of being cut.
    private static final double WRAP_INSET = 12;

    /**
     * Cells whose text wraps at the column's width: the row grows as tall as the longest of its cells, so a long
     * product name or note is read whole in place; the text is also the cell's tooltip and accessible text.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrappingCells() {
        return column -> new WrappingCell<>(text -> text);
    }

    /**
     * h-a (issue 13): wrapping cells for email addresses. An address is one long word, which JavaFX breaks anywhere
     * ("jorg.muller@exa", "mple.co", "m"); these cells offer breaks after '.', '-' and '_' and before '@' (a hair
     * space: JavaFX wraps only at white space, and a zero-width space is not; on screen only: the tooltip, the
     * accessible text and a copy keep the address as it is).
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrappingEmailCells() {
        return column -> new WrappingCell<>(FullText::emailBreaks);
    }

    /** The address with a hair space before '@' and after '.', '-' and '_': places a line may break. */
    static String emailBreaks(String address) {
        return address.replaceAll("([.\\-_])(?=.)", "$1\u200A").replace("@", "\u200A@");
    }

    /** The pieces an email-breaking cell may put on lines of their own (for a column's minimum width). */
    public static String[] emailPieces(String address) {
        return address == null ? new String[0] : emailBreaks(address).split("[ \u200A]");
    }

    /** The longest run of {@code text} without a space: the narrowest a wrapping cell can be without breaking a word. */
    public static String longestWord(String text) {
        String longest = "";
        for (String word : text.split(" ")) { // a no-break space (as before "PM") keeps its two sides together
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Label text = new Label();
        private final java.util.function.UnaryOperator<String> shown;

        WrappingCell(java.util.function.UnaryOperator<String> shown) {
            this.shown = shown;
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(widthProperty().subtract(WRAP_INSET));
            text.textFillProperty().bind(textFillProperty()); // a selected row's text colour
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            // In a table marked Styles.ROOMY_WRAPPED_ROWS, room above and below the text (common.css): the theme pads cells
            // only at the sides and centres one line in a 3em row, so text of two or three lines touched the row's edges.
            getStyleClass().add(Styles.WRAPPING_CELL);
        }

        /** As tall as the wrapped text at the column's width (a row asks its cells at -1). */
        @Override
        protected double computePrefHeight(double width) {
            double fallback = super.computePrefHeight(width);
            if (getGraphic() == null || getTableColumn() == null) {
                return fallback;
            }
            // h-a: the label gets the column's width less the cell's padding (more than WRAP_INSET in some themes): measured
            // narrower than it is laid out, the text took a line more than the row had and spilt over the rows beside.
            double room = getTableColumn().getWidth() - Math.max(WRAP_INSET, snappedLeftInset() + snappedRightInset());
            double textHeight = text.prefHeight(Math.max(1, room));
            return Math.max(fallback, textHeight + snappedTopInset() + snappedBottomInset());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null || item.isEmpty();
            text.setText(none ? null : shown.apply(item));
            setText(none ? null : item); // what assistive technology reads; the label shows it
            setGraphic(none ? null : text);
            setTooltip(none ? null : new Tooltip(item));
        }
    }
}
