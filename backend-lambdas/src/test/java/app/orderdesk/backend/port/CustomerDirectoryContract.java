package app.orderdesk.backend.port;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.backend.domain.CustomerRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerDirectory} does, the fake and the DynamoDB adapter alike. */
public abstract class CustomerDirectoryContract {

    protected abstract CustomerDirectory customers();

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

    private static String email() {
        return "c-" + UUID.randomUUID() + "@example.test";
    }

    private static String phone() {
        return "+4930" + (1_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 8_999_999));
    }

    @Test
    void remembersACallerAndUpdatesThemFromTheirNewestOrderOnly() {
        String email = email();
        String id = CustomerRecord.idFor(email);
        String phone = phone();
        customers().remember(id, email, "Ada", phone, "o-1", T1);
        customers().remember(id, email, "Ada Lovelace", null, "o-2", T2);
        customers().remember(id, email, "Ada (old)", null, "o-1", T1); // a late retry of the first order

        CustomerRecord found = customers().find(id).orElseThrow();
        assertThat(found.name()).isEqualTo("Ada Lovelace");
        assertThat(found.phoneE164()).as("kept when the newer order had none").isEqualTo(phone);
        assertThat(found.firstOrderAt()).isEqualTo(T1);
        assertThat(found.lastOrderAt()).isEqualTo(T2);
        assertThat(found.lastOrderId()).isEqualTo("o-2");
    }

    @Test
    void findsEveryCallerSharingAPhone() {
        String phone = phone();
        String a = email();
        String b = email();
        customers().remember(CustomerRecord.idFor(a), a, "A", phone, "o-1", T1);
        customers().remember(CustomerRecord.idFor(b), b, "B", phone, "o-2", T2);

        assertThat(customers().findByPhone(phone, 20)).extracting(CustomerRecord::email).containsExactly(b, a);
        assertThat(customers().findByPhone(phone(), 20)).isEmpty();
    }

    @Test
    void forgetsOnceAndListsWhatIsLeftPageByPage() {
        String email = email();
        String id = CustomerRecord.idFor(email);
        customers().remember(id, email, "Gone", null, "o-1", T1);
        customers().auditErasure(id, "manager@store.test", 1, T2);

        assertThat(customers().forget(id)).isTrue();
        assertThat(customers().forget(id)).isFalse();
        assertThat(customers().find(id)).isEmpty();

        List<CustomerRecord> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = customers().list(2, cursor);
            all.addAll(page.items());
            cursor = page.cursor();
        } while (cursor != null && ++pages < 10_000);
        assertThat(all).extracting(CustomerRecord::customerId).doesNotContain(id)
                .allSatisfy(listed -> assertThat(CustomerRecord.isWellFormedId(listed)).as("audit entries are not customers").isTrue());
    }
}
