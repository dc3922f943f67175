package app.orderdesk.backend.adapter.dynamodb;

import static app.orderdesk.backend.adapter.dynamodb.Attr.n;
import static app.orderdesk.backend.adapter.dynamodb.Attr.s;

import app.orderdesk.backend.adapter.AwsFailures;
import app.orderdesk.backend.port.OrderNumberAllocator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * An atomic counter item {@code {pk: "counter#order-number", counterValue}} in the Idempotency table.
 *
 * <p>With a block size above 1 (docs/scaling.md) one {@code ADD counterValue :block} reserves a block
 * of numbers for this instance — one per Lambda execution environment — which hands them out from
 * memory: the counter item then takes one write per block instead of one per order, so it stops being
 * the one-partition bottleneck (~1,000 writes/s). Numbers stay unique and rise within an instance;
 * across instances they interleave, and a block's unused numbers are skipped when its environment
 * ends (gaps, which order numbers tolerate: they only need to be unique and readable).
 */
public final class DynamoDbOrderNumberAllocator implements OrderNumberAllocator {

    static final String COUNTER_KEY = "counter#order-number";

    private final DynamoDbClient client;
    private final String tableName;
    private final int blockSize;
    /** The next number to hand out and the last one of the block reserved; guarded by {@code this}. */
    private long nextInBlock = 1;
    private long blockEnd = 0;

    /** One number per counter write (dense numbers: today's setting). */
    public DynamoDbOrderNumberAllocator(DynamoDbClient client, String tableName) {
        this(client, tableName, 1);
    }

    public DynamoDbOrderNumberAllocator(DynamoDbClient client, String tableName, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be at least 1, not " + blockSize);
        }
        this.client = client;
        this.tableName = tableName;
        this.blockSize = blockSize;
    }

    @Override
    public synchronized long next() {
        if (nextInBlock > blockEnd) {
            blockEnd = reserve(blockSize);
            nextInBlock = blockEnd - blockSize + 1;
        }
        return nextInBlock++;
    }

    /** Adds {@code count} to the counter atomically; returns the new value, the last number of the block. */
    private long reserve(int count) {
        var response = AwsFailures.call("Order number UpdateItem", () -> client.updateItem(r -> r.tableName(tableName)
                .key(Map.of("pk", s(COUNTER_KEY)))
                .updateExpression("ADD counterValue :block")
                .expressionAttributeValues(Map.of(":block", n(count)))
                .returnValues(ReturnValue.UPDATED_NEW)));
        return Long.parseLong(response.attributes().get("counterValue").n());
    }
}
