package app.orderdesk.localcloud.apigateway;

import java.util.List;
import java.util.Map;

/** The parts of an HTTP request a REST API proxy event is built from, independent of the server. */
record ProxyRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String sourceIp) {}
