package app.orderdesk.desktop;

import app.orderdesk.api.ConnectionProfile;
import app.orderdesk.desktop.auth.AuthService;
import app.orderdesk.desktop.auth.CognitoAuthService;
import app.orderdesk.desktop.client.ApiClient;
import app.orderdesk.desktop.client.HttpApiClient;
import app.orderdesk.desktop.infra.BackgroundExecutor;
import app.orderdesk.desktop.infra.FxBackgroundExecutor;
import app.orderdesk.desktop.infra.ProfileStore;
import java.nio.file.Path;
import app.orderdesk.desktop.order.PdfBoxReceiptRenderer;
import app.orderdesk.desktop.order.ReceiptRenderer;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the screens need, wired by hand once per connection profile; tests build one with fakes.
 *
 * @param apiFactory builds the API client for a signed-in session from its ID-token supplier
 */
public record AppServices(
        ConnectionProfile profile,
        BackgroundExecutor executor,
        AuthService auth,
        Function<Supplier<String>, ApiClient> apiFactory,
        ReceiptRenderer receiptRenderer,
        Clock clock,
        AutoCloseable resources,
        Path home) {

    /** Without a home folder of its own: the one chosen by the environment (see {@link ProfileStore}). */
    public AppServices(ConnectionProfile profile, BackgroundExecutor executor, AuthService auth,
                       Function<Supplier<String>, ApiClient> apiFactory, ReceiptRenderer receiptRenderer,
                       Clock clock, AutoCloseable resources) {
        this(profile, executor, auth, apiFactory, receiptRenderer, clock, resources, ProfileStore.fromEnvironment().home());
    }

    /** The real thing: Cognito, HTTP and PDFBox. */
    public static AppServices production(ConnectionProfile profile) {
        return production(profile, ProfileStore.fromEnvironment().home());
    }

    /** The real thing, keeping the outbox under {@code home}. */
    public static AppServices production(ConnectionProfile profile, Path home) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        CognitoAuthService auth = new CognitoAuthService(profile);
        return new AppServices(profile, executor, auth,
                tokens -> new HttpApiClient(profile.apiUrl(), tokens),
                new PdfBoxReceiptRenderer(), Clock.systemUTC(),
                () -> {
                    auth.close();
                    executor.close();
                }, home);
    }
}
