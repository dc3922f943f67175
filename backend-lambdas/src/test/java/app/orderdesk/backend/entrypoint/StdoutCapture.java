package app.orderdesk.backend.entrypoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs code with System.out captured (and still echoed), and returns what it printed as JSON lines. */
final class StdoutCapture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StdoutCapture() {}

    static synchronized List<JsonNode> jsonLines(Runnable code) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return JSON.readTree(line); // every line must be one JSON object: that is the contract
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream echo;
        private final ByteArrayOutputStream copy;

        TeeStream(PrintStream echo, ByteArrayOutputStream copy) {
            this.echo = echo;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            echo.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            echo.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}
