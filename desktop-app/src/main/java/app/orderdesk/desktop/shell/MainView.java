package app.orderdesk.desktop.shell;

import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.ui.HelpTexts;
import app.orderdesk.desktop.ui.Messages;
import app.orderdesk.desktop.ui.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The signed-in window: a notification banner, the screens as tabs (Ctrl+1…), and a status bar
 * naming the user, role, connection and outbox.
 */
public final class MainView {

    static String shortcuts(int screens) {
        return Messages.text("main.shortcuts", Math.min(screens, 9));
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final Duration INFO_VISIBLE = Duration.seconds(8);
    private static final double BANNER_WIDTH = 480;

    // The message area floats over the screens' lower right corner: showing it never pushes content down,
    // and it covers neither the tab headers nor the status bar.
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Screen> screens;
    private ReadOnlyBooleanProperty online;
    private StatusBar statusBar;

    public MainView(List<Screen> screens, Session session, String connection, Notifications notifications,
                    ObservableIntegerValue queuedOrders, Runnable onSignOut) {
        this.screens = List.copyOf(screens);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Screen screen : screens) {
            // A screen joins the scene when its tab is first selected (ADR 0064): every screen in the scene at once
            // cost its CSS and skins at sign-in, shown or not. Its help texts are given now: the window's walk of the
            // tabs (AppWindow.setRoot) reaches only the first screen, which it gives them.
            boolean first = tabs.getTabs().isEmpty();
            Tab tab = new Tab(screen.title(), first ? screen.content() : null);
            if (!first) {
                HelpTexts.apply(screen.content());
            }
            keepArrowsInside(screen.content());
            tab.setId(screen.id());
            tab.setTooltip(new Tooltip(Messages.text("main.tab.tooltip", screen.title(), tabs.getTabs().size() + 1)));
            tab.setOnSelectionChanged(e -> {
                if (tab.isSelected() && tab.getContent() == null) {
                    tab.setContent(screen.content());
                    // Its skins made now, so a focus request queued with the selection (Ctrl+2) finds its field
                    tabs.applyCss();
                    tabs.layout();
                }
                if (tab.isSelected()) {
                    // Moving on to another screen clears the message area: a notice belongs to where it was said.
                    notifications.dismiss();
                    screen.onShown().run();
                } else {
                    screen.onHidden().run();
                }
            });
            tabs.getTabs().add(tab);
        }

        this.online = notifications.onlineProperty();
        StatusBar status = new StatusBar();
        status.setId("statusBar");
        // A bar of labels, not a stop of its own: Tab goes to its controls (Sign out), not to the bar.
        status.setFocusTraversable(false);
        status.getStyleClass().add(Styles.STATUS_BAR);
        status.setText("");
        String fullStatus = statusText(session, connection);
        Label who = new Label(fullStatus);
        who.setId("statusLabel");
        // At 900 px the long "who / connection" text gives way (with "…"), never Sign out.
        who.setMinWidth(0);
        // h-a (issue 13): narrower than its text (1024 px) it takes a second line rather than ending in "…".
        who.setWrapText(true);
        who.setMinHeight(Region.USE_PREF_SIZE);
        // Room after its last word: wrapped, its first line could end right at "Live updates on" ("Rolle:Live-Aktualisierung
        // an" over "Support", walked at 1024x640 in German), which read as one sentence.
        who.setPadding(new Insets(0, 16, 0, 0));
        status.getLeftItems().add(who);
        // The bar's skin asks its items for their one-line height; wrapped to three lines at 1024 px (a manager's line in
        // German) the last one fell below the window. The bar is at least as tall as the sign-in line at its width.
        Label state = new Label();
        state.setId("connectionState");
        state.textProperty().bind(Bindings.createStringBinding(() ->
                Messages.text(notifications.onlineProperty().get() ? "main.state.online" : "main.state.offline", queuedOrders.get()),
                notifications.onlineProperty(), queuedOrders));
        notifications.onlineProperty().addListener((obs, old, online) -> {
            state.getStyleClass().remove(Styles.CONNECTION_OFFLINE);
            if (!online) {
                state.getStyleClass().add(Styles.CONNECTION_OFFLINE);
            }
        });
        // At 1024 px the status line elides; its whole text (and the shortcuts) stay in the tooltip,
        // and a screen reader reads it in full.
        who.setTooltip(new Tooltip(fullStatus + "\n" + shortcuts(tabs.getTabs().size())));
        who.setAccessibleText(fullStatus);
        Button signOut = new Button(Messages.text("main.signOut"));
        signOut.setId("signOutButton");
        signOut.setOnAction(e -> onSignOut.run());
        signOut.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        status.getRightItems().addAll(state, new Label("  "), signOut);
        // Never shorter than its buttons either: bound to the sign-in line alone, the bar cut Sign out and the theme
        // button at the window's bottom edge wherever that line fits on one row (about 1280 px and up; session 10).
        status.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(who.prefHeight(who.getWidth() > 0 ? who.getWidth() : -1), signOut.prefHeight(-1))
                        + status.snappedTopInset() + status.snappedBottomInset(),
                who.widthProperty(), who.textProperty(), status.paddingProperty()));
        this.statusBar = status;
        // Walked offline in German at 1024×640 (session 22): beside "API: nicht erreichbar · Ausgang: 1 wartend" the
        // sign-in line took four lines and squeezed the order form, just when orders go to the outbox. Where it would
        // take more than two, the bar says only who and which role; the whole line stays in the tooltip.
        // The label asks for the whole line's width whichever text it shows, so the room it is given (its width) does
        // not depend on the choice.
        String shortStatus = shortStatusText(session);
        who.setPrefWidth(oneLineWidth(fullStatus, who.getFont()) + 16 + 2);
        who.fontProperty().addListener((obs, old, font) -> who.setPrefWidth(oneLineWidth(fullStatus, font) + 16 + 2));
        who.widthProperty().addListener((obs, old, width) -> who.setText(
                fitsInTwoLines(fullStatus, who.getFont(), width.doubleValue() - 16) ? fullStatus : shortStatus));

        HBox banner = banner(notifications);
        javafx.scene.layout.StackPane.setAlignment(banner, Pos.BOTTOM_RIGHT);
        javafx.scene.layout.StackPane.setMargin(banner, new Insets(0, 12, 12, 0));
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        banner.setMaxWidth(BANNER_WIDTH);
        root.setCenter(new javafx.scene.layout.StackPane(tabs, banner));
        root.setBottom(status);
        root.getStylesheets().add(Styles.stylesheet(MainView.class, "shell.css"));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        app.orderdesk.desktop.ui.ArrowsStartAtTheFirstRow.install(root); // ↓ into a table chooses its first row
    }

    /**
     * Arrow keys a control left unused bubble up to the TabPane, which then switched screens mid-order
     * (↓ on a closed selector). They stop at the screen's edge; the tab headers keep their arrows.
     */
    private static void keepArrowsInside(javafx.scene.Node content) {
        content.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, DOWN, LEFT, RIGHT, KP_UP, KP_DOWN, KP_LEFT, KP_RIGHT, HOME, END, PAGE_UP, PAGE_DOWN -> {
                    if (!event.isShortcutDown()) {
                        event.consume();
                    }
                }
                default -> { }
            }
        });
    }

    /**
     * Shows the live-updates state ("Live updates on" / "… paused — refreshing every 10 s") in the status bar,
     * left of the connection state, with what it means for the screens as its tooltip.
     */
    public void showLiveUpdates(javafx.beans.value.ObservableStringValue text, javafx.beans.value.ObservableStringValue detail) {
        Label live = new Label();
        live.setId("liveUpdatesState");
        live.textProperty().bind(text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(detail);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        live.setTooltip(tip);
        live.accessibleHelpProperty().bind(detail);
        // Whole, always: beside the wrapping sign-in line it was squeezed to "L…" at 1024 px.
        live.setMinWidth(Region.USE_PREF_SIZE);
        // With the API unreachable the bar says so ("API: unreachable · Outbox: …"); "… paused — refreshing every 10 s" (before: "… reconnecting") beside it
        // said the same again and left the sign-in line 110 px, four lines high over the order form (German, 1024 px).
        live.visibleProperty().bind(online);
        live.managedProperty().bind(online);
        ((StatusBar) root.getBottom()).getRightItems().addAll(0, List.of(live, new Label("  ")));
    }

    private void shortcut(KeyEvent event) {
        if (event.isShortcutDown() && !event.isShiftDown() && !event.isAltDown()) {
            // Every tab's tooltip names its Ctrl+number, so every tab answers to it (Ctrl+5… did nothing: walked, session 18).
            int index = screenIndex(event.getCode());
            if (index >= 0 && index < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(index);
                // The keyboard goes with the screen, into its search (as Ctrl+F): it stayed where it was, on a button
                // outside the tabs, so "Ctrl+2, OD-…" typed nowhere (walked under Xvfb, session 11). After the tab's
                // content is shown, which the tab pane does on its next layout.
                javafx.application.Platform.runLater(this::focusShownScreen);
                event.consume();
                return;
            }
        }
        Screen current = current();
        if (current == null) {
            return;
        }
        if (FIND.match(event)) {
            current.focusSearch().run();
            event.consume();
        } else if (REFRESH.match(event)) {
            current.refresh().run();
            event.consume();
        }
    }

    private Screen current() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        return index < 0 ? null : screens.get(index);
    }

    private static HBox banner(Notifications notifications) {
        Label text = new Label();
        text.setId("notificationText");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.setId("notificationClose");
        close.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        close.setOnAction(e -> notifications.dismiss());
        HBox banner = new HBox(8, text, close);
        banner.setId("notificationBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add(Styles.BANNER);
        banner.setVisible(false);
        banner.setManaged(false);
        PauseTransition autoHide = new PauseTransition(INFO_VISIBLE);
        notifications.currentProperty().addListener((obs, old, notice) -> {
            autoHide.stop();
            banner.getStyleClass().removeAll(Styles.BANNER_ERROR, Styles.BANNER_INFO);
            boolean show = notice != null;
            banner.setVisible(show);
            banner.setManaged(show);
            if (!show) {
                return;
            }
            text.setText(notice.text());
            banner.getStyleClass().add(notice.error() ? Styles.BANNER_ERROR : Styles.BANNER_INFO);
            if (!notice.error()) {
                // News fades away; an error stays until it is read and closed.
                autoHide.setOnFinished(e -> {
                    if (notifications.currentProperty().get() == notice) {
                        notifications.dismiss();
                    }
                });
                autoHide.playFromStart();
            }
        });
        return banner;
    }

    static String shortStatusText(Session session) {
        return Messages.text("main.signedIn.short", session.displayName(), Messages.textOr("role." + session.role(), session.role()));
    }

    private static double oneLineWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }

    static boolean fitsInTwoLines(String text, javafx.scene.text.Font font, double width) {
        if (width <= 0) {
            return true; // not laid out yet
        }
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(font);
        double oneLine = measured.getLayoutBounds().getHeight();
        measured.setWrappingWidth(width);
        return measured.getLayoutBounds().getHeight() <= oneLine * 2.5;
    }

    static String statusText(Session session, String connection) {
        return Messages.text("main.signedIn", session.displayName(),
                Messages.textOr("role." + session.role(), session.role()), connection);
    }

    /** Puts {@code item} in the status bar, before Sign out (e.g. the theme switch). */
    public void addStatusItem(javafx.scene.Node item) {
        statusBar.getRightItems().addAll(0, List.of(item, new Label("  ")));
    }

    /** Shows the tab with {@code id}. */
    public void select(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * Puts the keyboard in the screen on show: its search, or the tab headers when it has none (Outbox, Dashboard,
     * Attention; the order form for a role that cannot order), never a field of a screen no longer shown. Signing in
     * on Orders (support, or the screen this PC showed last) left it on Sign out (walked under Xvfb, session 18).
     */
    public void focusShownScreen() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        Screen shown = screens.get(index);
        shown.focusSearch().run();
        Node owner = tabs.getScene() == null ? null : tabs.getScene().getFocusOwner();
        if (!app.orderdesk.desktop.ui.Nodes.isInside(owner, shown.content())) {
            tabs.requestFocus();
        }
    }

    /** Ctrl+1 … Ctrl+9 (and the keypad's) → the tab at that place, from 0; -1 for any other key. */
    static int screenIndex(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            case DIGIT5, NUMPAD5 -> 4;
            case DIGIT6, NUMPAD6 -> 5;
            case DIGIT7, NUMPAD7 -> 6;
            case DIGIT8, NUMPAD8 -> 7;
            case DIGIT9, NUMPAD9 -> 8;
            default -> -1;
        };
    }

    /** The id of the screen on show. */
    public String selectedScreen() {
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    public Parent root() {
        return root;
    }

    // h-s: live-update topics follow the screen shown (ADR 0033)
    /** Calls {@code listener} with the id of the screen shown now and each time another is selected. */
    public void onScreenShown(java.util.function.Consumer<String> listener) {
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> listener.accept(now == null ? null : now.getId()));
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        listener.accept(selected == null ? null : selected.getId());
    }
}
