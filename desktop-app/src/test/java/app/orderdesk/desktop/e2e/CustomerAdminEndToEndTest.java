package app.orderdesk.desktop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.CustomerErasureView;
import app.orderdesk.api.CustomerView;
import app.orderdesk.api.OrderView;
import app.orderdesk.desktop.auth.CognitoAuthService;
import app.orderdesk.desktop.auth.SignInOutcome;
import app.orderdesk.desktop.client.ApiException;
import app.orderdesk.desktop.client.BackOfficeApi;
import app.orderdesk.desktop.client.HttpApiClient;
import app.orderdesk.desktop.client.HttpBackOfficeApi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's client for issue 12's manager routes, against the local cloud: the customer directory as CSV and the
 * erasure of a customer (the Customers tab's Save as CSV… and Erase customer…, session 20). Staff may do neither.
 */
@DisabledIfSystemProperty(named = "skip.e2e", matches = "true")
class CustomerAdminEndToEndTest {

    @TempDir
    static Path home;

    @Test
    void aManagerExportsTheDirectoryAndErasesACustomerWhoseOrdersStayWithoutPersonalFields() {
        DesktopDriver driver = new DesktopDriver(home);
        HttpApiClient staff = driver.api("staff");
        String email = DesktopDriver.uniqueEmail("erase");
        OrderView order = DesktopDriver.placeCompletedOrder(staff, email);
        BackOfficeApi manager = backOffice(driver, "managers");

        List<CustomerView> found = manager.customersByEmail(email);
        assertThat(found).singleElement().extracting(CustomerView::name).isEqualTo("Eve Example");
        String csv = manager.customersCsv();
        assertThat(csv.lines().findFirst()).hasValue("customerId,email,name,phone,firstOrderAt,lastOrderAt");
        assertThat(csv).contains(found.getFirst().customerId() + "," + email + ",Eve Example");

        BackOfficeApi staffBackOffice = backOffice(driver, "staff");
        assertThatThrownBy(staffBackOffice::customersCsv).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(403));
        assertThatThrownBy(() -> staffBackOffice.eraseCustomer(found.getFirst().customerId()))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(403));

        CustomerErasureView erased = manager.eraseCustomer(found.getFirst().customerId());
        assertThat(erased.ordersAnonymised()).isEqualTo(1);
        assertThat(manager.customersByEmail(email)).isEmpty();
        assertThat(manager.customersCsv()).doesNotContain(email);
        OrderView kept = staff.order(order.orderId());
        assertThat(kept.orderNumber()).isEqualTo(order.orderNumber());
        assertThat(kept.customer() == null ? null : kept.customer().email()).as("the order's email after the erasure").isNotEqualTo(email);
        assertThatThrownBy(() -> manager.eraseCustomer(found.getFirst().customerId()))
                .isInstanceOfSatisfying(ApiException.class, gone -> assertThat(gone.status()).isEqualTo(404));
    }

    private static BackOfficeApi backOffice(DesktopDriver driver, String role) {
        var user = driver.cloud().demoUser(role);
        try (CognitoAuthService auth = new CognitoAuthService(driver.cloud().profile())) {
            String token = ((SignInOutcome.SignedIn) auth.signIn(user.username(), user.password())).session().idToken();
            return new HttpBackOfficeApi(driver.cloud().apiUrl(), () -> token);
        }
    }
}
