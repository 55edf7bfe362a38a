package org.onewindow.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The loopback addresses (127.0.1.x) the load generator's browsers send from, so that the portal
 * sees many client addresses as it would in production, not one.
 *
 * <p>The portal limits logins to 30 a minute per address; with one address, logging in 1,000
 * citizens would take half an hour. Each {@link PortalBrowser} keeps its own connection and cookies.
 */
final class LoopbackClients {

    private final List<InetAddress> addresses;

    LoopbackClients(int count) {
        if (count < 1 || count > 250) {
            throw new IllegalArgumentException("between 1 and 250 loopback clients");
        }
        addresses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            addresses.add(address("127.0.1." + i));
        }
    }

    /** The address of the n-th user (users share addresses round robin). */
    InetAddress forUser(int user) {
        return addresses.get(Math.floorMod(user, addresses.size()));
    }

    int size() {
        return addresses.size();
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
