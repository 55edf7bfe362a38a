package org.onewindow.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP clients for the load generator, each sending from its own loopback address (127.0.1.x), so
 * that the portal sees many client addresses as it would in production, not one.
 *
 * <p>The portal limits logins to 30 a minute per address; with one address, logging in 1,000
 * citizens would take half an hour. Cookies are kept by {@link PortalBrowser}, not by the clients.
 */
final class LoopbackClients {

    private final List<HttpClient> clients;

    LoopbackClients(int count) {
        if (count < 1 || count > 250) {
            throw new IllegalArgumentException("between 1 and 250 loopback clients");
        }
        clients = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            clients.add(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .localAddress(address("127.0.1." + i))
                    .build());
        }
    }

    /** The client for the n-th user (users share clients round robin). */
    HttpClient forUser(int user) {
        return clients.get(Math.floorMod(user, clients.size()));
    }

    int size() {
        return clients.size();
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
