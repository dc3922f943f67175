package app.orderdesk.desktop;

import javafx.application.Application;

/**
 * The main class. It must not extend {@link Application}: with JavaFX on the class path the
 * launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class DesktopLauncher {

    private DesktopLauncher() {}

    public static void main(String[] args) {
        StartupTrace.begin();
        OrderDeskApp.preloadProfile();
        Application.launch(OrderDeskApp.class, args);
    }
}
