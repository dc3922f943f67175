package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The desk before push (OrderTrackingViewModel without live updates): every 500 ms GET /orders/{id} and
 * GET /orders/{id}/timeline until the status is final; when COMPLETED, GET /orders/{id}/receipt and download the PDF.
 */
final class PollingFollower implements OrderFollower {

    static final long INTERVAL_MS = 500;

    @Override
    public Followed follow(DeskClient desk, String orderId, long deadlineNanos) throws Exception {
        while (System.nanoTime() < deadlineNanos) {
            JsonNode order = desk.follow("/orders/" + orderId);
            desk.follow("/orders/" + orderId + "/timeline");
            long shownAt = System.currentTimeMillis(); // the app shows the status once both reads are in
            String status = order == null ? "" : order.path("status").asText();
            if (FINAL.contains(status)) {
                if (status.equals("COMPLETED")) {
                    JsonNode link = desk.follow("/orders/" + orderId + "/receipt");
                    if (link != null) {
                        desk.download(link.path("url").asText());
                    }
                }
                return new Followed(order, shownAt, false);
            }
            Thread.sleep(INTERVAL_MS);
        }
        return null;
    }
}
