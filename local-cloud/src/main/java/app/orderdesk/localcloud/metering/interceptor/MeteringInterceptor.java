package app.orderdesk.localcloud.metering.interceptor;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjDoubleConsumer;

/**
 * Counts what a function asks of AWS, for the cost model: one count per SDK call
 * ({@code calls.<service>.<operation>}, services as the SDK names them: DynamoDb, S3, SesV2, Sfn, Sns) and, for DynamoDB, the capacity the call consumed, asked for
 * with {@code ReturnConsumedCapacity=TOTAL} ({@code dynamodb.read-units} / {@code dynamodb.write-units}).
 * It lives in each function's class loader (like the IAM enforcer) and hands its counts to the local
 * cloud through a JDK type left in the system properties under {@value #SINK}: the two sides share no
 * class of ours. Without a sink (metering off) it does nothing and changes no request.
 */
public final class MeteringInterceptor implements ExecutionInterceptor {

    /** The system-property key of the local cloud's {@code ObjDoubleConsumer<String>}. */
    public static final String SINK = "orderdesk.local.meter";

    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems");

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (sink().isEmpty() || !isDynamoDb(attributes)) {
            return request;
        }
        try {
            Object builder = request.toBuilder();
            Class<?> option = Class.forName("software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity",
                    true, request.getClass().getClassLoader());
            Method set = findMethod(builder.getClass(), "returnConsumedCapacity", option);
            if (set == null) {
                return request; // DescribeTable and friends consume no capacity
            }
            set.setAccessible(true);
            set.invoke(builder, option.getField("TOTAL").get(null));
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return (SdkRequest) build.invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return request; // metering must never break the call it meters
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        sink().ifPresent(sink -> {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            sink.accept("calls." + service(attributes) + "." + operation, 1);
            sink.accept(function() + ".calls." + service(attributes) + "." + operation, 1);
            if (isDynamoDb(attributes) && context.response() instanceof SdkPojo response) {
                double units = capacityUnits(response);
                sink.accept(WRITES.contains(operation) ? "dynamodb.write-units" : "dynamodb.read-units", units);
                // h-c: by function too, so a write that costs more than one unit (an item over 1 KB) is found by step
                sink.accept(function() + (WRITES.contains(operation) ? ".dynamodb.write-units" : ".dynamodb.read-units"), units);
            }
        });
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        sink().ifPresent(sink -> {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            sink.accept("calls." + service(attributes) + "." + operation, 1);
            sink.accept(function() + ".calls." + service(attributes) + "." + operation, 1);
            sink.accept("failed." + service(attributes) + "." + operation, 1);
            if (isDynamoDb(attributes) && WRITES.contains(operation)) {
                // A write refused by its condition still consumes a write unit in AWS (1 per KB, at least 1).
                sink.accept("dynamodb.write-units", 1);
            }
        });
    }

    /** ConsumedCapacity (one) or ConsumedCapacity list (batch calls): the sum of CapacityUnits. */
    private static double capacityUnits(SdkPojo response) {
        double total = 0;
        for (var field : response.sdkFields()) {
            if (!field.memberName().equals("ConsumedCapacity")) {
                continue;
            }
            Object value = field.getValueOrDefault(response);
            if (value instanceof List<?> list) {
                for (Object one : list) {
                    total += units(one);
                }
            } else {
                total += units(value);
            }
        }
        return total;
    }

    private static double units(Object consumed) {
        if (consumed instanceof SdkPojo pojo) {
            for (var field : pojo.sdkFields()) {
                if (field.memberName().equals("CapacityUnits") && field.getValueOrDefault(pojo) instanceof Double d) {
                    return d;
                }
            }
        }
        return 0;
    }

    /** {@code fn.<function>}: the local cloud names each function's class loader {@code lambda:<function>}. */
    private static String function() {
        String loader = String.valueOf(MeteringInterceptor.class.getClassLoader().getName());
        return "fn." + (loader.startsWith("lambda:") ? loader.substring("lambda:".length()) : loader);
    }

    private static boolean isDynamoDb(ExecutionAttributes attributes) {
        return "DynamoDb".equalsIgnoreCase(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)); // the SDK says "DynamoDb"
    }

    private static String service(ExecutionAttributes attributes) {
        return String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
    }

    private static Method findMethod(Class<?> type, String name, Class<?> parameter) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(name, parameter);
                } catch (NoSuchMethodException ignored) {
                    // try the next one
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Optional<ObjDoubleConsumer<String>> sink() {
        return System.getProperties().get(SINK) instanceof ObjDoubleConsumer<?> sink
                ? Optional.of((ObjDoubleConsumer<String>) sink) : Optional.empty();
    }
}
