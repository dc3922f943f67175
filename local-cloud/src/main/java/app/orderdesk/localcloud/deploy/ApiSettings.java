package app.orderdesk.localcloud.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/** The API's stage name and throttle, read from the template's {@code AWS::Serverless::Api}. */
public record ApiSettings(String stageName, double rateLimit, int burstLimit) {

    static final String API_TYPE = "AWS::Serverless::Api";

    public static ApiSettings from(SamTemplate template) {
        JsonNode api = template.resourcesOfType(API_TYPE).values().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the template declares no " + API_TYPE))
                .path("Properties");
        double rate = 50;
        int burst = 100;
        for (JsonNode setting : api.path("MethodSettings")) {
            rate = setting.path("ThrottlingRateLimit").asDouble(rate);
            burst = setting.path("ThrottlingBurstLimit").asInt(burst);
        }
        return new ApiSettings(api.path("StageName").asText("v1"), rate, burst);
    }
}
