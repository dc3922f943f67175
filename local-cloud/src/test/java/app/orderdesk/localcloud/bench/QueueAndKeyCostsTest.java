package app.orderdesk.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** h-w: the cost model's SQS and KMS request counts, from per-order counts shaped as a bench run writes them. */
class QueueAndKeyCostsTest {

    private static final double MONTH = 30.0 * 24 * 3600;

    @Test
    void sqsCountsTheFunctionsSendsAndTheEventSourcesReceivesAndDeletesButNotItsEmptyPolls() {
        ObjectNode counted = new ObjectMapper().createObjectNode()
                .put("calls.Sqs.SendMessage", 8.0)
                .put("eventsource.Sqs.ReceiveMessage", 7.5)
                .put("eventsource.Sqs.ReceiveMessage.empty", 400.0)
                .put("eventsource.Sqs.DeleteMessageBatch", 8.5)
                .put("calls.Sns.Publish", 0.0);
        assertThat(new QueueAndKeyCosts(counted, 1).sqsRequests()).isEqualTo(24.0);
    }

    /** Session 6's bench (900 orders): six functions and the workflow published on the topic in every order. */
    @Test
    void beforeSevenPrincipalsPublishedInEveryOrderSoAnIsolatedOrderCostFourteenKmsRequests() {
        ObjectNode counted = new ObjectMapper().createObjectNode().put("calls.Sns.Publish", 8.0);
        for (String fn : new String[] {"PlaceOrderFunction", "ProcessPaymentFunction", "GenerateReceiptFunction", "EmailReceiptFunction"}) {
            counted.put("fn." + fn + ".calls.Sns.Publish", 1.0);
        }
        // a status and a stock line each: still one principal each
        counted.put("fn.ReserveStockFunction.calls.Sns.Publish", 2.0).put("fn.UpdateInventoryFunction.calls.Sns.Publish", 2.0);
        counted.put("fn.CancelOrderFunction.calls.Sns.Publish", 0.0);
        QueueAndKeyCosts costs = new QueueAndKeyCosts(counted, 1);
        assertThat(costs.publishesByPrincipal()).hasSize(7);
        assertThat(costs.kmsRequestsPerIsolatedOrder()).isEqualTo(14.0);
        // 1,000 orders a month are isolated; 100,000 (one every 26 s) hit the cap of 2 × 8,640 windows × 7 principals
        assertThat(costs.kmsRequestsPerMonth(1_000, MONTH)).isEqualTo(14_000.0);
        assertThat(costs.kmsRequestsPerMonth(100_000, MONTH)).isEqualTo(120_960.0);
    }

    @Test
    void afterOnlyTheWorkflowPublishesSoAnOrderCostsAtMostTwoAndAMonthAtMost17280() {
        ObjectNode counted = new ObjectMapper().createObjectNode().put("calls.Sqs.SendMessage", 8.0);
        QueueAndKeyCosts costs = new QueueAndKeyCosts(counted, 1);
        assertThat(costs.publishesByPrincipal()).containsOnlyKeys(QueueAndKeyCosts.WORKFLOW);
        assertThat(costs.kmsRequestsPerIsolatedOrder()).isEqualTo(2.0);
        assertThat(costs.kmsRequestsPerMonth(10_000_000, MONTH)).isEqualTo(17_280.0);
    }

    @Test
    void aPrincipalThatPublishesInSomeOrdersAddsItsShare() {
        ObjectNode counted = new ObjectMapper().createObjectNode().put("fn.RefundOrderFunction.calls.Sns.Publish", 0.25);
        assertThat(new QueueAndKeyCosts(counted, 1).kmsRequestsPerIsolatedOrder()).isCloseTo(2.5, within(1e-9));
    }
}
