package app.orderdesk.desktop.settings;

import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Managers' store settings: one labelled field per setting with its help text, the server's
 * complaint right under the field it is about, Save and Reload. Only built for managers.
 */
public final class StoreSettingsScreen {

    /** Room under a field's help line, before the next field: groups read as groups. */
    private static final double GROUP_GAP = 12;

    private final javafx.scene.layout.BorderPane root;
    private final Map<StoreField, TextInputControl> fields = new EnumMap<>(StoreField.class);
    private final StoreSettingsViewModel model;
    /** Where the keyboard was when Save or Reload started, to give it back when the work ends; null when none runs. */
    private Node working;

    public StoreSettingsScreen(StoreSettingsViewModel model) {
        this.model = model;
        java.util.Map<StoreField, Label> errorLabels = new java.util.EnumMap<>(StoreField.class);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        for (StoreField field : StoreField.values()) {
            TextInputControl input = input(field);
            input.textProperty().bindBidirectional(model.valueProperty(field));
            Label label = new Label(Messages.text(field.key()));
            label.setLabelFor(input);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label error = new Label();
            error.setId("settingsError-" + field.apiName());
            error.getStyleClass().add(Styles.ERROR_TEXT);
            error.setWrapText(true);
            error.textProperty().bind(model.errorProperty(field));
            error.visibleProperty().bind(model.errorProperty(field).isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            model.errorProperty(field).addListener((obs, old, now) -> markInvalid(input, !now.isEmpty()));
            errorLabels.put(field, error);
            Label help = new Label(Messages.text(field.key() + ".help"));
            help.setId("settingsHelp-" + field.apiName());
            help.getStyleClass().add(Styles.HINT_TEXT);
            help.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(input, 1, row++);
            grid.add(error, 1, row++);
            // The category rates' legend (shown when there are categories) goes with their help line.
            javafx.scene.Node below = field == StoreField.CATEGORY_TAX_RATES ? new VBox(4, help, categoryLegend(model)) : help;
            grid.add(below, 1, row++);
            // A field's help line belongs to it: room below it, not 4 px from the next field's label (walked, session 10).
            GridPane.setMargin(below, new javafx.geometry.Insets(0, 0, GROUP_GAP, 0));
        }
        Label logoLabel = new Label(Messages.text("settings.logo"));
        GridPane.setValignment(logoLabel, javafx.geometry.VPos.TOP); // level with the preview's top, not its middle
        grid.add(logoLabel, 0, row);
        grid.add(new StoreLogoPane(model.logo()).root(), 1, row);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints(200, 420, 640);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);

        Button save = new Button(Messages.text("settings.save"));
        save.setId("settingsSaveButton");
        save.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        save.setAccessibleHelp(Messages.text("settings.save.help"));
        save.setTooltip(new Tooltip(Messages.text("settings.save.help")));
        save.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));
        save.setOnAction(e -> run(save, model::save));
        Button reload = new Button(Messages.text("settings.reload"));
        reload.setId("settingsReloadButton");
        reload.setAccessibleHelp(Messages.text("settings.reload.help"));
        reload.setTooltip(new Tooltip(Messages.text("settings.reload.help")));
        reload.disableProperty().bind(model.busyProperty());
        reload.setOnAction(e -> reload(reload));
        model.busyProperty().addListener((obs, was, busy) -> {
            if (was && !busy) {
                keyboardAfterWork();
            }
        });
        Label lastChange = new Label();
        lastChange.setId("settingsLastChange");
        lastChange.getStyleClass().add(Styles.HINT_TEXT);
        lastChange.textProperty().bind(model.lastChangeProperty());
        HBox buttons = new HBox(8, save, reload, lastChange);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(Messages.text("settings.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox content = new VBox(10, title, grid);
        content.setPadding(new Insets(12));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setId("settingsScroller");
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false);
        app.orderdesk.desktop.ui.FocusFollowingScroll.install(scroller); // h-a: fields below the fold scroll into view
        // A complaint under a field at the viewport's bottom edge was cut off there (walked at 1024x640, session 21: the
        // tax rate's "must be between …" half hidden above the buttons): it scrolls into view when it appears.
        errorLabels.forEach((field, error) ->
                app.orderdesk.desktop.ui.FocusFollowingScroll.revealWhenShown(scroller, error, model.errorProperty(field)));
        // Save stays in sight however small the window is; the fields scroll.
        buttons.setPadding(new Insets(8, 12, 12, 12));
        root = new javafx.scene.layout.BorderPane(scroller);
        root.setBottom(buttons);
        root.setId("storeSettingsScreen");
        // A form of fields saved at once: Ctrl+S saves it from wherever the keyboard is in it, and leaves it there.
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (SAVE.match(key) && !save.isDisabled()) {
                key.consume();
                run(root.getScene().getFocusOwner(), model::save);
            }
        });
    }

    /**
     * Reload (the button, or F5 on the tab): the settings as the server has them now. With unsaved changes it asks
     * first — F5, the desk's refresh key, dropped a manager's typing without a word (audit, session 33).
     */
    public void reload() {
        reload(root.getScene() == null ? null : root.getScene().getFocusOwner());
    }

    private void reload(Node from) {
        if (model.busyProperty().get() || (model.hasUnsavedChanges()
                && !app.orderdesk.desktop.ui.KeepOrDropView.dropChosen(root.getScene() == null ? null : root.getScene().getWindow(),
                        "settings.reload", Messages.text("settings.reload.drop"), "settingsKeepChangesButton", "settingsDropChangesButton"))) {
            return;
        }
        run(from, model::load);
    }

    static final javafx.scene.input.KeyCombination SAVE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private void run(Node from, Runnable work) {
        working = from;
        work.run();
        if (!model.busyProperty().get()) {
            keyboardAfterWork(); // refused before anything was sent (a tax rate that is not a number)
        }
    }

    /**
     * After Save or Reload: the keyboard goes to the first field with a complaint, else back where it was. Both
     * buttons are disabled while the request runs, which took the keyboard off them (to Sign out: walked under Xvfb,
     * session 18), so after a refused save people had to find the marked field themselves.
     */
    private void keyboardAfterWork() {
        Node back = working;
        working = null;
        if (back == null || root.getScene() == null) {
            return; // a load no button asked for (the tab shown for the first time)
        }
        for (StoreField field : StoreField.values()) {
            if (!model.errorProperty(field).get().isEmpty()) {
                fields.get(field).requestFocus();
                return;
            }
        }
        back.requestFocus();
    }

    /**
     * h-b: the categories are typed as names ("food = 7"); under them, the words the desk shows for those
     * it knows ("food: Lebensmittel"), hidden when it knows none.
     */
    private static Label categoryLegend(StoreSettingsViewModel model) {
        Label legend = new Label();
        legend.setId("settingsCategoryWords");
        legend.getStyleClass().add(Styles.HINT_TEXT);
        legend.setWrapText(true);
        var typed = model.valueProperty(StoreField.CATEGORY_TAX_RATES);
        legend.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> app.orderdesk.desktop.ui.CategoryWords.legend(
                TaxRates.parseCategoryRates(typed.get()).rates().keySet()), typed));
        legend.visibleProperty().bind(legend.textProperty().isNotEmpty());
        legend.managedProperty().bind(legend.visibleProperty());
        return legend;
    }

    private TextInputControl input(StoreField field) {
        boolean multiLine = field == StoreField.ADDRESS || field == StoreField.RECEIPT_FOOTER
                || field == StoreField.CATEGORY_TAX_RATES; // one "category = rate" per line: add a line, delete a line
        TextInputControl input;
        if (multiLine) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            area.setWrapText(true);
            app.orderdesk.desktop.ui.FormAccess.leaveWithTab(area);
            input = area;
        } else {
            input = new TextField();
        }
        if (field == StoreField.TIME_ZONE) {
            // The deployment's (StoreTimeZone): it also decides which day an order counts for, so the desk shows it
            // and sends it back, but cannot change it (ADR 0080). Still in the Tab order, so it can be read and copied.
            input.setEditable(false);
            input.getStyleClass().add(Styles.READ_ONLY);
        }
        input.setId("settings-" + field.apiName());
        input.setAccessibleText(Messages.text(field.key()));
        input.setAccessibleHelp(Messages.text(field.key() + ".help"));
        input.setTooltip(new Tooltip(Messages.text(field.key() + ".help")));
        input.setPromptText(Messages.textOr(field.key() + ".prompt", ""));
        fields.put(field, input);
        return input;
    }

    private static void markInvalid(TextInputControl field, boolean invalid) {
        field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, invalid);
    }

    /** Puts the keyboard in the first field (Ctrl+F, and when the tab is shown). */
    public void focusFirst() {
        fields.get(StoreField.NAME).requestFocus();
    }

    public Parent root() {
        return root;
    }

    /** The input for {@code field} (for tests and focus). */
    Node field(StoreField field) {
        return fields.get(field);
    }
}
