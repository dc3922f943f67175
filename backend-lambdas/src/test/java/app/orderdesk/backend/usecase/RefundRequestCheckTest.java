package app.orderdesk.backend.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orderdesk.api.RefundLineRequest;
import app.orderdesk.api.RefundRequest;
import app.orderdesk.backend.domain.FieldIssue;
import app.orderdesk.backend.errors.ValidationFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundRequestCheckTest {

    private static List<String> fields(RefundRequest request, String key) {
        try {
            RefundRequestCheck.validate(request, key);
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.issues().stream().map(FieldIssue::field).toList();
        }
    }

    @Test
    void aValidPerLineAndAValidFullRefundPass() {
        assertThat(fields(new RefundRequest(List.of(new RefundLineRequest("MUG-1", 1, true)), null, null, "DAMAGED", "cracked"), "k-1")).isEmpty();
        assertThat(fields(new RefundRequest(null, true, false, "LATE", null), "k-1")).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThat(fields(new RefundRequest(List.of(new RefundLineRequest("MUG-1", 0, null), new RefundLineRequest("MUG-1", 1000, true)),
                null, null, "BECAUSE", "x\u0000y"), null))
                .containsExactlyInAnyOrder("Idempotency-Key", "reason", "note", "lines[0].quantity", "lines[0].restock",
                        "lines[1].sku", "lines[1].quantity");
        assertThat(fields(new RefundRequest(List.of(new RefundLineRequest("MUG-1", 1, true)), true, null, "OTHER", null), "k"))
                .containsExactlyInAnyOrder("lines", "restock");
        assertThat(fields(new RefundRequest(List.of(), null, null, "OTHER", null), "k")).containsExactly("lines");
        assertThat(fields(new RefundRequest(null, null, null, "OTHER", "n".repeat(501)), "key with spaces"))
                .containsExactlyInAnyOrder("Idempotency-Key", "note", "lines");
    }

    @Test
    void theHashTiesTheKeyToTheOrderAndTheContent() {
        var one = new RefundRequest(List.of(new RefundLineRequest("MUG-1", 1, true)), null, null, "DAMAGED", null);
        var other = new RefundRequest(List.of(new RefundLineRequest("MUG-1", 1, false)), null, null, "DAMAGED", null);
        assertThat(RefundRequestCheck.hash("o-1", one)).isEqualTo(RefundRequestCheck.hash("o-1", one));
        assertThat(RefundRequestCheck.hash("o-1", one)).isNotEqualTo(RefundRequestCheck.hash("o-1", other));
        assertThat(RefundRequestCheck.hash("o-1", one)).isNotEqualTo(RefundRequestCheck.hash("o-2", one));
        assertThatThrownBy(() -> RefundRequestCheck.validate(null, "k")).isInstanceOf(ValidationFailedException.class);
    }
}
