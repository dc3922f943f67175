package app.orderdesk.localcloud.emulators;

import java.net.URI;

/** Where each emulator answers, as the AWS SDK's {@code endpointOverride} wants it. */
public record EmulatorEndpoints(URI dynamoDb, URI s3, URI cognito, URI ses, URI sns, URI sqs) {

    static EmulatorEndpoints of(EmulatorPorts ports) {
        return new EmulatorEndpoints(
                loopback(ports.dynamoDb()), loopback(ports.s3()), loopback(ports.cognito()),
                loopback(ports.ses()), loopback(ports.snsSqs()), loopback(ports.snsSqs()));
    }

    /** The IP form matters: with an IP host the S3 client uses path-style addressing by itself. */
    public static URI loopback(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
