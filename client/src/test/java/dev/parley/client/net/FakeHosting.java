package dev.parley.client.net;

/**
 * A {@link Hosting} for ViewModel tests: "starts" a pretend server with fixed addresses, or
 * fails to start on demand, and records stops. No server, no I/O.
 */
public final class FakeHosting implements Hosting {
    public static final String LOCAL = "127.0.0.1:8025";
    public static final String SHARE = "192.168.1.5:8025";

    public RuntimeException startFailure;
    public int starts;
    public int stops;
    private HostedChat current;

    @Override
    public HostedChat start() {
        starts++;
        if (startFailure != null) {
            throw startFailure;
        }
        if (current == null) {
            current = new HostedChat() {
                @Override
                public String localAddress() {
                    return LOCAL;
                }

                @Override
                public String shareAddress() {
                    return SHARE;
                }

                @Override
                public void close() {
                }
            };
        }
        return current;
    }

    @Override
    public HostedChat current() {
        return current;
    }

    @Override
    public void stop() {
        stops++;
        current = null;
    }
}
