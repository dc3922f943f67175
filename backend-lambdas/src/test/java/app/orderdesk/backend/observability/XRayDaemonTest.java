package app.orderdesk.backend.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class XRayDaemonTest {

    @Test
    void theUdpAddressIsReadInEitherOfTheDaemonsForms() {
        assertThat(XRayDaemon.udpAddress("169.254.79.129:2000")).isEqualTo(new InetSocketAddress("169.254.79.129", 2000));
        assertThat(XRayDaemon.udpAddress("tcp:127.0.0.1:2000 udp:127.0.0.2:2001")).isEqualTo(new InetSocketAddress("127.0.0.2", 2001));
        assertThat(XRayDaemon.udpAddress("udp:127.0.0.2:2001 tcp:127.0.0.1:2000")).isEqualTo(new InetSocketAddress("127.0.0.2", 2001));
    }

    @Test
    void anAddressItCannotReadFallsBackToTheDaemonsDefault() {
        assertThat(XRayDaemon.udpAddress("tcp:127.0.0.1:2000")).isEqualTo(XRayDaemon.DEFAULT);
        assertThat(XRayDaemon.udpAddress("169.254.79.129")).isEqualTo(XRayDaemon.DEFAULT);
        assertThat(XRayDaemon.udpAddress("169.254.79.129:99999")).isEqualTo(XRayDaemon.DEFAULT);
        assertThat(XRayDaemon.udpAddress("")).isEqualTo(XRayDaemon.DEFAULT);
        assertThat(XRayDaemon.DEFAULT).isEqualTo(new InetSocketAddress("127.0.0.1", 2000));
    }
}
