package app.orderdesk.desktop.tools;

import app.orderdesk.desktop.AppServices;
import app.orderdesk.desktop.AppWindow;
import app.orderdesk.desktop.FakeDesk;
import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.auth.Session;
import app.orderdesk.desktop.auth.SignInOutcome;
import app.orderdesk.desktop.fakes.FakeApiClient;
import app.orderdesk.desktop.fakes.FakeAuthService;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * h-b: the app's window as the installed app builds it (a profile store: window memory, theme, the profile
 * choice) over the fake pool and API, for trying it by hand or with xdotool in a real X window (no local
 * cloud). The pool takes 1.5 s to answer, as Cognito does. Prints each focus change and the product field's
 * text. Run: {@code java -cp <test class path> app.orderdesk.desktop.tools.FakeDeskWindow} (email
 * staff@example.com, password Secret-123). Under {@code xvfb-run -a} with
 * {@code xdotool type staff@example.com; xdotool key Tab; xdotool type Secret-123; xdotool key Return},
 * then {@code xdotool type chai}: the log shows where focus went (and from where) and what each key reached.
 * {@code -Dfake.sessionEndsAfter=30} ends the session 30 s after sign-in (the password dialog; session 32).
 */
public final class FakeDeskWindow {

    private FakeDeskWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application (a nested class: a main class extending Application needs JavaFX as modules). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            FakeAuthService pool = new FakeAuthService("staff@example.com", "Secret-123");
            AuthService slowPool = new AuthService() {
                @Override
                public SignInOutcome signIn(String email, String password) {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return pool.signIn(email, password);
                }

                @Override
                public Session completeNewPassword(SignInOutcome.NewPasswordRequired challenge, String newPassword) {
                    return pool.completeNewPassword(challenge, newPassword);
                }

                @Override
                public Session refresh(Session session) {
                    return pool.refresh(session);
                }
            };
            // -Dfake.manager=true signs in a manager (import, products); -Dfake.temporaryPassword=true asks for a new
            // password first; the import answers each CSV row: a known SKU changes, any other is an error.
            if (Boolean.getBoolean("fake.manager")) {
                pool.groups = java.util.Set.of("managers");
            }
            pool.temporaryPassword = Boolean.getBoolean("fake.temporaryPassword");
            // -Dfake.sessionEndsAfter=SECONDS: a sign-in's token lasts that long and the pool then refuses to renew it, as
            // at the end of the refresh token's 12 hours; a caller asks for a token every 2 s, as the API client does.
            long sessionEndsAfter = Long.getLong("fake.sessionEndsAfter", 0);
            if (sessionEndsAfter > 0) {
                // renewed 2 minutes before it expires (SessionTokens.REFRESH_MARGIN)
                pool.sessionLength = java.time.Duration.ofSeconds(sessionEndsAfter).plusMinutes(2);
                pool.refreshFailure = app.orderdesk.desktop.auth.AuthException.sessionEnded(
                        app.orderdesk.desktop.ui.Messages.text("error.sessionExpired"), null);
            }
            FakeApiClient api = new FakeApiClient();
            api.importHook = (csv, dryRun) -> {
                java.util.List<app.orderdesk.api.ImportReportView.Row> rows = new java.util.ArrayList<>();
                String[] lines = csv.strip().split("\\R");
                for (int i = 1; i < lines.length; i++) {
                    String sku = lines[i].split(",")[0].strip();
                    boolean known = sku.equals(FakeApiClient.MUG.sku()) || sku.equals(FakeApiClient.TEA.sku());
                    rows.add(known ? new app.orderdesk.api.ImportReportView.Row(i + 1, sku, app.orderdesk.api.ImportReportView.Status.UPDATED, null, 3L, 30L)
                            : new app.orderdesk.api.ImportReportView.Row(i + 1, sku, app.orderdesk.api.ImportReportView.Status.ERROR,
                            "unknown SKU: no product has this SKU in the inventory", null, null));
                }
                long errors = rows.stream().filter(r -> r.status() == app.orderdesk.api.ImportReportView.Status.ERROR).count();
                return new app.orderdesk.api.ImportReportView(dryRun, new app.orderdesk.api.ImportReportView.Counts(rows.size(),
                        (int) (rows.size() - errors), 0, (int) errors), rows);
            };
            FxBackgroundExecutor executor = new FxBackgroundExecutor();
            Path home = Files.createTempDirectory("fake-desk-window");
            java.util.function.Function<java.util.function.Supplier<String>, app.orderdesk.desktop.client.ApiClient> apiFor = tokens -> {
                if (sessionEndsAfter > 0) {
                    Thread asker = new Thread(() -> {
                        while (true) {
                            try {
                                Thread.sleep(2000);
                                tokens.get();
                            } catch (InterruptedException e) {
                                return;
                            } catch (RuntimeException refused) {
                                System.out.println("token: " + refused.getMessage());
                            }
                        }
                    }, "fake-token-asker");
                    asker.setDaemon(true);
                    asker.start();
                }
                return api;
            };
            AppServices services = new AppServices(FakeDesk.PROFILE, executor, slowPool, apiFor, new PdfBoxReceiptRenderer(),
                    Clock.systemUTC(), executor, home);
            new AppWindow(stage, services, new ProfileStore(home), null).show();
            stage.getScene().focusOwnerProperty().addListener((obs, was, now) -> {
                System.out.println(System.nanoTime() / 1_000_000 + " focus: " + describe(now) + " via " + java.util.Arrays.stream(new Throwable().getStackTrace())
                        .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName()).skip(8).limit(12)
                        .collect(java.util.stream.Collectors.joining(" < ")));
                if (now instanceof TextField field && "productField".equals(field.getId()) && field.getProperties().put("watched", true) == null) {
                    field.textProperty().addListener((o, a, text) -> System.out.println("productField: '" + a + "' -> '" + text + "'"));
                }
            });
            stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> System.out.println(System.nanoTime() / 1_000_000 + " typed '" + e.getCharacter()
                    + "' to " + describe(stage.getScene().getFocusOwner()) + " window focused " + stage.isFocused()));
        }

        private static String describe(Node node) {
            return node == null ? "none" : node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        }
    }
}
