package app.orderdesk.desktop.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The two looks of the desk (AtlantaFX Primer light and dark); our stylesheets only use its colour tokens. */
public enum Theme {
    LIGHT, DARK;

    /** Makes this the look of every window. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The theme named {@code text} ("dark"/"light"); light for anything else. */
    public static Theme parse(String text) {
        return text != null && text.strip().toUpperCase(Locale.ROOT).equals("DARK") ? DARK : LIGHT;
    }
}
