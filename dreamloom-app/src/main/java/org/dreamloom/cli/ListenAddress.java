package org.dreamloom.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Checks the {@code serve --host} address before the server starts, and explains a failed start, so that a typo in
 * the host is not reported as "Port already in use" (what the web server says for any failure to bind).
 */
final class ListenAddress {
    private ListenAddress() {
    }

    /** Why the server cannot listen on {@code host}, or null when it is an address of this machine. */
    static String problem(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return "--host " + host + " is not a known host name or address — use 127.0.0.1 (this machine only), "
                    + "0.0.0.0 (every network) or an address of this machine";
        }
        try {
            if (address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null) {
                return null;
            }
        } catch (SocketException e) {
            return null; // cannot tell; let the server try
        }
        return "--host " + host + " is not an address of this machine — use 127.0.0.1 (this machine only), 0.0.0.0 "
                + "(every network) or one of this machine's addresses";
    }

    /** What to say when the server did not start: a port in use, or the cause's own message. */
    static String explainStartFailure(RuntimeException e, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "port " + port + " is already in use by another program — stop it, or choose another port "
                        + "(--port 0 takes any free one)";
            }
        }
        return e.getMessage() + " — if the meaning model fails to load, try --embedder hashing";
    }
}
