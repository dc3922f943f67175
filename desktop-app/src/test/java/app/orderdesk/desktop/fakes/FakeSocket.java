package app.orderdesk.desktop.fakes;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A live-updates socket that records what the desk sent and lets the test play the server's messages. */
public final class FakeSocket implements WebSocket {

    public final WebSocket.Listener listener;
    public final List<String> sent = new CopyOnWriteArrayList<>();

    public FakeSocket(WebSocket.Listener listener) {
        this.listener = listener;
    }

    /** The server sends {@code text} (one whole message). */
    public void receive(String text) {
        listener.onText(this, text, true);
    }

    @Override public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
        sent.add(data.toString());
        return CompletableFuture.completedFuture(this);
    }
    @Override public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) { return CompletableFuture.completedFuture(this); }
    @Override public CompletableFuture<WebSocket> sendPing(ByteBuffer message) { return CompletableFuture.completedFuture(this); }
    @Override public CompletableFuture<WebSocket> sendPong(ByteBuffer message) { return CompletableFuture.completedFuture(this); }
    @Override public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) { return CompletableFuture.completedFuture(this); }
    @Override public void request(long n) { }
    @Override public String getSubprotocol() { return ""; }
    @Override public boolean isOutputClosed() { return false; }
    @Override public boolean isInputClosed() { return false; }
    @Override public void abort() { }
}
