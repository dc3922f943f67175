package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Today's desk (OrderTrackingViewModel): every 500 ms GET /orders/{id} and GET /orders/{id}/timeline
 * until the status is final; when COMPLETED, GET /orders/{id}/receipt and download the PDF.
 */
final class PollingFollower implements OrderFollower {

    static final long INTERVAL_MS = 500;

    @Override
    public JsonNode follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception {
        while (System.nanoTime() < deadlineNanos) {
            JsonNode order = desk.follow("/orders/" + orderId);
            desk.follow("/orders/" + orderId + "/timeline");
            String status = order == null ? "" : order.path("status").asText();
            if (FINAL.contains(status)) {
                if (status.equals("COMPLETED")) {
                    JsonNode link = desk.follow("/orders/" + orderId + "/receipt");
                    if (link != null) {
                        desk.download(link.path("url").asText());
                    }
                }
                return order;
            }
            Thread.sleep(INTERVAL_MS);
        }
        return null;
    }
}
